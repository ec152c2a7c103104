import { randomBytes } from "node:crypto";
import { test } from "@playwright/test";
import { postGraphql } from "../support/graphql-over-http";
import { startWaymark } from "../support/waymark-under-test";
import { backendRoadmap } from "./support/backend-roadmap";
import { createTokenOverHttp, type Scope } from "./support/create-token-over-http";
import { findForeignState, findSecrets } from "./support/find-leaks";
import { judgeGraphqlAnswer } from "./support/judge-graphql-answer";
import { ProbeSummary } from "./support/probe-summary";
import { operationBody, rawGraphqlRequest, type Caller } from "./support/raw-graphql-request";
import { waymarkSchema } from "./support/waymark-schema";

/*
 * Learner A has statuses, notes, history and tokens. Learner B (session, and
 * tokens with every scope set) and a signed-out caller try every query and
 * mutation against A's objects: read A's notes and statuses through every
 * path, revoke A's tokens, overwrite or delete A's notes and statuses. Nothing
 * of A's may show up in an answer, and A's rows must be exactly as they were.
 *
 * Every root field of the schema needs at least one row in MATRIX: a new
 * query or mutation (saveRoadmap, forkRoadmap, node...) fails this probe
 * until it gets one.
 */

interface Victim {
  login: string;
  itemIds: string[];
  roadmapId: string;
  tokenIds: string[];
}

interface MatrixRow {
  name: string;
  /** The root field the row exercises, for the coverage check. */
  root: `${"Query" | "Mutation"}.${string}`;
  query: string;
  variables: (victim: Victim) => Record<string, unknown>;
  /**
   * For mutations: whether success is acceptable because the operation acts on
   * the caller's own data whatever the ids (statuses and notes are per viewer).
   * Otherwise it must be refused.
   */
  mayActOnOwnData: boolean;
}

const ITEM_FIELDS = `id status statusUpdatedAt note noteHtml startedAt finishedAt`;
const PLAN_FIELDS = `pacePerWeek pacePerWeekSinceStart startedOn finishOn targetDate requiredPacePerWeek
  finishedThisWeek weeklyGoal`;
const READS: MatrixRow[] = [
  {
    name: "roadmap(slug) with every item's status and note",
    root: "Query.roadmap",
    query: `query($slug: String!) { roadmap(slug: $slug) { progress { done inProgress skipped percent ${PLAN_FIELDS} }
      history(days: 30) { finished done } items { ${ITEM_FIELDS} }
      sections { startedAt completedAt progress { done inProgress skipped ${PLAN_FIELDS} }
        items { ${ITEM_FIELDS} children { ${ITEM_FIELDS} } } } } }`,
    variables: () => ({ slug: "backend" }),
    mayActOnOwnData: true,
  },
  {
    name: "roadmaps with progress and notes",
    root: "Query.roadmaps",
    query: `{ roadmaps { progress { done inProgress skipped } items { ${ITEM_FIELDS} } } }`,
    variables: () => ({}),
    mayActOnOwnData: true,
  },
  {
    name: "item(id) of each of A's items, with its roadmap and section",
    root: "Query.item",
    query: `query($a: ID!, $b: ID!, $c: ID!) {
      a: item(id: $a) { ${ITEM_FIELDS} section { progress { done inProgress skipped } } roadmap { progress { done } } }
      b: item(id: $b) { ${ITEM_FIELDS} } c: item(id: $c) { ${ITEM_FIELDS} } }`,
    variables: (victim) => ({ a: victim.itemIds[0], b: victim.itemIds[1], c: victim.itemIds[2] }),
    mayActOnOwnData: true,
  },
  {
    name: "viewer with followed roadmaps, items in progress, activity and tokens",
    root: "Query.viewer",
    query: `{ viewer { id login followedRoadmaps { slug progress { done } } inProgressItems(first: 100) { ${ITEM_FIELDS} }
      activity { totalChanges currentStreak longestStreak days { count } } apiTokens { id name prefix }
      profilePublic profileRoadmaps { slug } calendarFeedCreatedAt } }`,
    variables: () => ({}),
    mayActOnOwnData: true,
  },
  {
    // A's profile is not public: everyone gets null, exactly as for a login that does not exist.
    name: "profile(login) of A, whose profile is not public",
    root: "Query.profile",
    query: `query($login: String!) { profile(login: $login) { login name url roadmaps { slug percent done badgeUrl }
      activity { totalChanges currentStreak days { count } } } }`,
    variables: (victim) => ({ login: victim.login }),
    mayActOnOwnData: true,
  },
];

const WRITES: MatrixRow[] = [
  {
    name: "setItemStatus on A's item",
    root: "Mutation.setItemStatus",
    query: `mutation($itemId: ID!) { setItemStatus(input: { itemId: $itemId, status: NOT_STARTED }) { id } }`,
    variables: (victim) => ({ itemId: victim.itemIds[0] }),
    mayActOnOwnData: true,
  },
  {
    name: "setItemNote over A's note",
    root: "Mutation.setItemNote",
    query: `mutation($itemId: ID!) { setItemNote(input: { itemId: $itemId, note: "B was here" }) { id } }`,
    variables: (victim) => ({ itemId: victim.itemIds[0] }),
    mayActOnOwnData: true,
  },
  {
    name: "setItemNote deleting A's note",
    root: "Mutation.setItemNote",
    query: `mutation($itemId: ID!) { setItemNote(input: { itemId: $itemId, note: null }) { id } }`,
    variables: (victim) => ({ itemId: victim.itemIds[1] }),
    mayActOnOwnData: true,
  },
  {
    name: "resetRoadmapProgress of the roadmap A follows",
    root: "Mutation.resetRoadmapProgress",
    query: `mutation($roadmapId: ID!) { resetRoadmapProgress(input: { roadmapId: $roadmapId }) { id } }`,
    variables: (victim) => ({ roadmapId: victim.roadmapId }),
    mayActOnOwnData: true,
  },
  {
    name: "mergeGuestProgress over A's items, newer than A's changes",
    root: "Mutation.mergeGuestProgress",
    query: `mutation($entries: [GuestProgressEntry!]!) { mergeGuestProgress(input: { entries: $entries }) { merged } }`,
    variables: (victim) => ({
      entries: victim.itemIds.map((itemId) => ({
        itemId,
        status: "SKIPPED",
        updatedAt: new Date(Date.now() + 60_000).toISOString(),
      })),
    }),
    mayActOnOwnData: true,
  },
  {
    name: "revokeApiToken of A's first token",
    root: "Mutation.revokeApiToken",
    query: `mutation($id: ID!) { revokeApiToken(input: { id: $id }) }`,
    variables: (victim) => ({ id: victim.tokenIds[0] }),
    mayActOnOwnData: false,
  },
  {
    name: "revokeApiToken of A's second token",
    root: "Mutation.revokeApiToken",
    query: `mutation($id: ID!) { revokeApiToken(input: { id: $id }) }`,
    variables: (victim) => ({ id: victim.tokenIds[1] }),
    mayActOnOwnData: false,
  },
  {
    // Creates a token for the caller; listed so A's token list can be checked unchanged.
    name: "createApiToken",
    root: "Mutation.createApiToken",
    query: `mutation { createApiToken(input: { name: "b-token", scopes: [READ_PROGRESS] }) { apiToken { id } } }`,
    variables: () => ({}),
    mayActOnOwnData: true,
  },
  {
    // Goals are per viewer: B's call sets B's own, never A's.
    name: "setRoadmapGoal on the roadmap A follows",
    root: "Mutation.setRoadmapGoal",
    query: `mutation($roadmapId: ID!) { setRoadmapGoal(input: { roadmapId: $roadmapId, targetDate: null, weeklyGoal: 1 }) { id } }`,
    variables: (victim) => ({ roadmapId: victim.roadmapId }),
    mayActOnOwnData: true,
  },
  {
    // The caller's own profile only (and only from a session).
    name: "setProfileVisibility, listing the roadmap A shows",
    root: "Mutation.setProfileVisibility",
    query: `mutation($ids: [ID!]) { setProfileVisibility(input: { public: false, roadmapIds: $ids, timeZone: "UTC" }) { id } }`,
    variables: (victim) => ({ ids: [victim.roadmapId] }),
    mayActOnOwnData: true,
  },
  {
    name: "createCalendarFeed",
    root: "Mutation.createCalendarFeed",
    query: `mutation { createCalendarFeed { createdAt } }`,
    variables: () => ({}),
    mayActOnOwnData: true,
  },
  {
    // Takes no id: it can only ever revoke the caller's own link.
    name: "revokeCalendarFeed",
    root: "Mutation.revokeCalendarFeed",
    query: `mutation { revokeCalendarFeed }`,
    variables: () => ({}),
    mayActOnOwnData: true,
  },
  {
    // Roadmaps belong to administrators, not learners: a learner may not rewrite one.
    name: "importRoadmap over the roadmap A follows",
    root: "Mutation.importRoadmap",
    query: `mutation { importRoadmap(input: { slug: "backend", markdown: "# Backend\\n\\n## Gone\\n\\n- [ ] nothing" }) { created } }`,
    variables: () => ({}),
    mayActOnOwnData: false,
  },
];

const MATRIX = [...READS, ...WRITES];

test("learner B and strangers can neither see nor change learner A's progress, notes and tokens", async () => {
  test.setTimeout(180_000);
  const summary = new ProbeSummary("cross-user-matrix");
  const waymark = await startWaymark("postgres", { port: 3450, env: { RATE_LIMIT_PER_MINUTE: "100000" } });
  try {
    const schema = waymarkSchema();
    for (const type of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const field of Object.keys(type.getFields())) {
        if (!MATRIX.some((row) => row.root === `${type.name}.${field}`)) {
          summary.error(`${type.name}.${field} has no row in the cross-user matrix: add one`);
        }
      }
    }

    // Learner-owned roadmaps and global ids would need rows of their own.
    const rootFields = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) =>
      Object.keys(type.getFields()),
    );
    const pending = ["saveRoadmap", "forkRoadmap", "deleteRoadmap", "node"];
    summary.note(
      `in the schema: ${pending.filter((name) => rootFields.includes(name)).join(", ") || "none"} of ${pending.join(", ")}`,
    );

    // A's data: statuses (so history and activity), notes, two tokens.
    const suffix = randomBytes(3).toString("hex");
    const loginA = `cross-a-${suffix}`;
    const cookieA = await waymark.signIn(loginA);
    const { itemIds, roadmapId } = await backendRoadmap(waymark.url);
    const victim: Victim = { login: loginA, itemIds: itemIds.slice(0, 4), roadmapId, tokenIds: [] };
    const noteSecrets = victim.itemIds
      .slice(0, 2)
      .map((_, index) => `A-SECRET-NOTE-${index}-${randomBytes(6).toString("hex")}`);
    for (const [index, status] of (["DONE", "IN_PROGRESS", "SKIPPED", "DONE"] as const).entries()) {
      await postGraphql(
        waymark.url,
        `mutation($i: ID!, $s: ItemStatus!) { setItemStatus(input: { itemId: $i, status: $s }) { id } }`,
        { i: victim.itemIds[index], s: status },
        { cookie: cookieA },
      );
    }
    for (const [index, note] of noteSecrets.entries()) {
      await postGraphql(
        waymark.url,
        `mutation($i: ID!, $n: String) { setItemNote(input: { itemId: $i, note: $n }) { id } }`,
        { i: victim.itemIds[index], n: note },
        { cookie: cookieA },
      );
    }
    // A's goals, profile choice (not public) and calendar link, which B must neither read nor change.
    await postGraphql(
      waymark.url,
      `mutation($r: ID!) { setRoadmapGoal(input: { roadmapId: $r, targetDate: "2099-12-31", weeklyGoal: 7 }) { id } }`,
      { r: roadmapId },
      { cookie: cookieA },
    );
    await postGraphql(
      waymark.url,
      `mutation($r: ID!) { setProfileVisibility(input: { public: false, roadmapIds: [$r], timeZone: "Asia/Tokyo" }) { id } }`,
      { r: roadmapId },
      { cookie: cookieA },
    );
    await postGraphql(waymark.url, `mutation { createCalendarFeed { createdAt } }`, {}, { cookie: cookieA });
    const tokensA = [
      await createTokenOverHttp(waymark.url, cookieA, ["READ_PROGRESS"], "a-read"),
      await createTokenOverHttp(waymark.url, cookieA, ["READ_PROGRESS", "WRITE_PROGRESS"], "a-both"),
    ];
    victim.tokenIds = tokensA.map((token) => token.id);

    const snapshotA = () =>
      waymark.inspect(async (db) => {
        const user = await db.user.findUniqueOrThrow({ where: { login: loginA }, select: { id: true } });
        const where = { userId: user.id };
        return {
          userId: user.id,
          state: JSON.stringify({
            progress: await db.progress.findMany({
              where,
              orderBy: { itemId: "asc" },
              select: { itemId: true, status: true, updatedAt: true },
            }),
            events: await db.progressEvent.findMany({
              where,
              orderBy: { id: "asc" },
              select: { itemId: true, from: true, to: true, at: true },
            }),
            notes: await db.note.findMany({
              where,
              orderBy: { itemId: "asc" },
              select: { itemId: true, body: true, updatedAt: true },
            }),
            tokens: await db.apiToken.findMany({
              where,
              orderBy: { id: "asc" },
              select: { id: true, name: true, scopes: true, revokedAt: true, prefix: true },
            }),
            goals: await db.roadmapGoal.findMany({
              where,
              select: { roadmapId: true, targetDate: true, weeklyGoal: true },
            }),
            profile: await db.user.findUniqueOrThrow({
              where: { id: user.id },
              select: { profilePublic: true, profileTimeZone: true, profileRoadmaps: { select: { roadmapId: true } } },
            }),
            calendar: await db.calendarFeed.findMany({ where, select: { tokenHash: true, createdAt: true } }),
          }),
          prefixes: (await db.apiToken.findMany({ where, select: { prefix: true } })).map((token) => token.prefix),
        };
      });
    const before = await snapshotA();
    const secrets = [...noteSecrets, loginA, before.userId, ...victim.tokenIds, ...before.prefixes];

    // Control: A sees A's own notes through the read paths, so the leak checks below can fail.
    const own = await rawGraphqlRequest(
      waymark.url,
      { body: operationBody(READS[0]!.query, READS[0]!.variables(victim)) },
      { cookie: cookieA },
    );
    if (findSecrets(own.text, noteSecrets).length !== noteSecrets.length)
      summary.error(`control: A does not see A's own notes: ${own.text.slice(0, 200)}`);
    const ownState = findForeignState((JSON.parse(own.text) as { data?: unknown }).data ?? null, []);
    if (ownState.length === 0) summary.error("control: A's own answer shows none of A's state");

    // B's callers: a session, tokens with each scope set, and nobody.
    const cookieB = await waymark.signIn(`cross-b-${suffix}`);
    const scopeSets: Scope[][] = [["READ_PROGRESS"], ["WRITE_PROGRESS"], ["READ_PROGRESS", "WRITE_PROGRESS"]];
    const tokensB = await Promise.all(
      scopeSets.map((scopes) => createTokenOverHttp(waymark.url, cookieB, scopes, `b-${scopes.join("-")}`)),
    );
    const callers: { name: string; caller: Caller }[] = [
      { name: "B's session", caller: { cookie: cookieB } },
      ...tokensB.map((token, index) => ({
        name: `B's token [${scopeSets[index]!.join(",")}]`,
        caller: { token: token.token },
      })),
      { name: "signed out", caller: {} },
    ];
    const ownTokenIds = tokensB.map((token) => token.id);

    const run = async (row: MatrixRow, phase: string, checkForeignState: boolean) => {
      for (const { name, caller } of callers) {
        const body = operationBody(row.query, row.variables(victim));
        const answer = await rawGraphqlRequest(waymark.url, { body }, caller);
        const label = `${phase} ${row.name} as ${name}`;
        summary.tried += 1;
        const verdict = judgeGraphqlAnswer(answer);
        if (verdict.kind === "error") {
          summary.error(`${label}: ${verdict.reason}`);
          continue;
        }
        // An id the caller sent may be echoed back ("Token <id> was not found"): that tells it nothing.
        const leaked = findSecrets(answer.text, secrets).filter((secret) => !body.includes(secret));
        if (leaked.length > 0) summary.error(`${label}: LEAK of ${leaked.join(", ")} in ${answer.text.slice(0, 300)}`);
        if (checkForeignState) {
          const foreign = findForeignState(verdict.body.data ?? null, ownTokenIds);
          if (foreign.length > 0) summary.error(`${label}: LEAK, state B never had: ${foreign.slice(0, 5).join("; ")}`);
        }
        if (verdict.kind === "refused") summary.refused += 1;
        else if (!row.mayActOnOwnData) summary.error(`${label}: succeeded: ${answer.text.slice(0, 200)}`);
      }
    };
    // B has no progress yet: whatever state a read shows can only be A's.
    for (const row of READS) await run(row, "read", true);
    for (const row of WRITES) await run(row, "write", false);
    // B has state of its own now; A's secrets still must not show.
    for (const row of READS) await run(row, "read again", false);

    const after = await snapshotA();
    if (after.state !== before.state) summary.error(`A's rows changed:\nbefore ${before.state}\nafter  ${after.state}`);
    for (const token of tokensA) {
      const still = await postGraphql<{ viewer: { login: string } }>(
        waymark.url,
        `{ viewer { login } }`,
        {},
        { token: token.token },
      );
      if (still.data?.viewer?.login !== loginA)
        summary.error(`A's token ${token.id} no longer works: ${JSON.stringify(still)}`);
    }
    summary.note(
      `${MATRIX.length} operations x ${callers.length} callers; A's ${before.state.length}-character state unchanged: ${after.state === before.state}`,
    );
  } finally {
    await waymark.stop();
  }
  await summary.finish();
});
