/** Fields whose value is the viewer's own: for a learner with no progress they must be empty, zero or null. */
const ZERO_COUNTS = new Set([
  "done",
  "inProgress",
  "skipped",
  "finished",
  "totalChanges",
  "count",
  "currentStreak",
  "longestStreak",
  "percent",
  "merged",
  "pacePerWeek",
  "pacePerWeekSinceStart",
  "finishedThisWeek",
  "dueToday",
  "overdue",
  "reviewedToday",
]);
const NULL_FIELDS = new Set([
  "note",
  "noteHtml",
  "statusUpdatedAt",
  "startedAt",
  "finishedAt",
  "completedAt",
  "startedOn",
  "finishOn",
  "targetDate",
  "requiredPacePerWeek",
  "weeklyGoal",
  "calendarFeedCreatedAt",
  "profile",
  "review",
]);
const EMPTY_LISTS = new Set(["followedRoadmaps", "inProgressItems", "profileRoadmaps", "disabledRoadmapIds"]);

/**
 * Where an answer given to a learner who has no progress, notes or history
 * shows any (so it can only be someone else's): a status other than
 * NOT_STARTED, a note, a non-zero count, a followed roadmap, a token that is
 * not one of `ownTokenIds`. Returns the paths and values found.
 */
export function findForeignState(data: unknown, ownTokenIds: readonly string[], path = "data"): string[] {
  if (Array.isArray(data))
    return data.flatMap((entry, index) => findForeignState(entry, ownTokenIds, `${path}[${index}]`));
  if (data === null || typeof data !== "object") return [];
  const found: string[] = [];
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const at = `${path}.${key}`;
    if (key === "status" && value !== null && value !== "NOT_STARTED") found.push(`${at} = ${String(value)}`);
    else if (ZERO_COUNTS.has(key) && typeof value === "number" && value !== 0) found.push(`${at} = ${value}`);
    else if (NULL_FIELDS.has(key) && value !== null) found.push(`${at} = ${JSON.stringify(value).slice(0, 60)}`);
    else if (EMPTY_LISTS.has(key) && Array.isArray(value) && value.length > 0)
      found.push(`${at} has ${value.length} entries`);
    else if (key === "apiTokens" && Array.isArray(value)) {
      for (const token of value as { id?: string }[]) {
        if (!token.id || !ownTokenIds.includes(token.id)) found.push(`${at} lists token ${String(token.id)}`);
      }
    } else found.push(...findForeignState(value, ownTokenIds, at));
  }
  return found;
}

/** Which of another learner's secrets (note texts, ids, login, token prefixes) appear anywhere in a body. */
export function findSecrets(body: string, secrets: readonly string[]): string[] {
  return secrets.filter((secret) => body.includes(secret) || body.includes(JSON.stringify(secret).slice(1, -1)));
}
