import { randomBytes, randomUUID } from "node:crypto";
import type { Role } from "../../server/db/generated/enums";
import { parseRoadmapMarkdown } from "../../shared/roadmap-markdown/parse-roadmap-markdown";
import { hashTokenSecret, newTokenSecret, tokenPrefix } from "../../server/services/tokens/token-secret";
import { cardToJson } from "../../shared/review/review-card";
import { enterReview, rateCard } from "../../shared/review/scheduler";
import { createUser } from "./factories";
import { testDb } from "./test-db";

/** The learner's roadmap: one section, items `one` and `two` with pinned keys. */
export const LEARNER_ROADMAP_MARKDOWN =
  "# Matrix\n\n## S\n\n- [ ] one <!-- key: one -->\n- [ ] two <!-- key: two -->\n";

export interface LearnerWithProgress {
  user: { id: string; login: string | null; role: Role };
  /**
   * Their own PRIVATE roadmap: `one` and `two` DONE (each with its history event) and in review (`two`
   * rated a moment ago), a note on `one`, a weekly goal.
   */
  roadmapId: string;
  one: string;
  two: string;
  /** One of their access tokens (READ_PROGRESS). */
  tokenId: string;
}

/**
 * A learner with some of every kind of data a mutation may write: their own
 * roadmap with progress, a note and a goal on it, an access token and a
 * calendar secret. Written as the services would leave them, in one statement
 * after the user (the scope matrix makes about a hundred of these).
 */
export async function learnerWithProgress(role: Role = "LEARNER"): Promise<LearnerWithProgress> {
  const user = await createUser(testDb(), { role });
  const draft = parseRoadmapMarkdown(LEARNER_ROADMAP_MARKDOWN);
  const section = draft.sections[0]!;
  const [roadmapId, sectionId, one, two, tokenId] = Array.from({ length: 5 }, () => randomUUID());
  const secret = newTokenSecret();
  // Both items in review (issue 23): `one` as it entered, `two` rated GOOD just now (undoable).
  const entered = new Date(Date.now() - 24 * 60 * 60 * 1000);
  const first = enterReview(entered, 0.9);
  const second = rateCard(first, "GOOD", new Date(), 0.9);
  await testDb().$executeRaw`
    WITH roadmap AS (
      INSERT INTO "Roadmap" ("id", "slug", "title", "ownerId", "visibility", "markdown", "updatedAt")
      VALUES (${roadmapId}, ${`${user.login!.toLowerCase()}/matrix`}, ${draft.title}, ${user.id}, 'PRIVATE',
        ${LEARNER_ROADMAP_MARKDOWN}, now())
      RETURNING "id"
    ),
    section AS (
      INSERT INTO "Section" ("id", "roadmapId", "key", "title", "position")
      SELECT ${sectionId}, "id", ${section.key}, ${section.title}, 0 FROM roadmap
      RETURNING "id"
    ),
    items AS (
      INSERT INTO "Item" ("id", "roadmapId", "sectionId", "key", "title", "position")
      SELECT i."id", ${roadmapId}, section."id", i."key", i."key", i."position"
      FROM section, (VALUES (${one}, 'one', 0), (${two}, 'two', 1)) AS i("id", "key", "position")
      RETURNING "id"
    ),
    progress AS (
      INSERT INTO "Progress" ("id", "userId", "itemId", "roadmapId", "status", "updatedAt")
      SELECT gen_random_uuid()::text, ${user.id}, "id", ${roadmapId}, 'DONE', now() FROM items
    ),
    events AS (
      INSERT INTO "ProgressEvent" ("userId", "itemId", "roadmapId", "from", "to", "at")
      SELECT ${user.id}, "id", ${roadmapId}, 'NOT_STARTED', 'DONE', now() FROM items
    ),
    note AS (
      INSERT INTO "Note" ("id", "userId", "itemId", "body", "updatedAt")
      SELECT gen_random_uuid()::text, ${user.id}, "id", 'first', now() FROM items WHERE "id" = ${one}
    ),
    goal AS (
      INSERT INTO "RoadmapGoal" ("userId", "roadmapId", "weeklyGoal", "updatedAt")
      SELECT ${user.id}, "id", 3, now() FROM roadmap
    ),
    cards AS (
      INSERT INTO "ReviewCard" ("userId", "itemId", "roadmapId", "due", "stability", "difficulty", "reps", "lapses",
        "state", "scheduledDays", "learningSteps", "lastReview", "enteredAt", "enteredRetention")
      SELECT ${user.id}, c."itemId", ${roadmapId}, c."due"::timestamptz AT TIME ZONE 'UTC', c."stability",
        c."difficulty", c."reps", 0, c."state", c."scheduledDays", 0, c."lastReview"::timestamptz AT TIME ZONE 'UTC',
        ${entered.toISOString()}::timestamptz AT TIME ZONE 'UTC', 0.9
      FROM items JOIN (VALUES
        (${one}, ${first.due.toISOString()}, ${first.stability}::float8, ${first.difficulty}::float8, ${first.reps}::int,
          ${first.state}::int, ${first.scheduledDays}::int, ${first.lastReview!.toISOString()}),
        (${two}, ${second.due.toISOString()}, ${second.stability}::float8, ${second.difficulty}::float8,
          ${second.reps}::int, ${second.state}::int, ${second.scheduledDays}::int, ${second.lastReview!.toISOString()})
      ) AS c("itemId", "due", "stability", "difficulty", "reps", "state", "scheduledDays", "lastReview")
        ON c."itemId" = items."id"
    ),
    rating AS (
      INSERT INTO "ReviewEvent" ("id", "userId", "itemId", "roadmapId", "rating", "reviewedAt", "retention",
        "cardEnteredAt", "repsBefore", "cardBefore")
      SELECT gen_random_uuid()::text, ${user.id}, "id", ${roadmapId}, 'GOOD',
        ${second.lastReview!.toISOString()}::timestamptz AT TIME ZONE 'UTC', 0.9,
        ${entered.toISOString()}::timestamptz AT TIME ZONE 'UTC', ${first.reps}, ${JSON.stringify(cardToJson(first))}::jsonb
      FROM items WHERE "id" = ${two}
    ),
    token AS (
      INSERT INTO "ApiToken" ("id", "userId", "name", "tokenHash", "prefix", "scopes")
      VALUES (${tokenId}, ${user.id}, 'fixture', ${hashTokenSecret(secret)}, ${tokenPrefix(secret)},
        ARRAY['READ_PROGRESS']::"TokenScope"[])
    )
    INSERT INTO "CalendarFeed" ("userId", "tokenHash")
    VALUES (${user.id}, ${randomBytes(32).toString("hex")})`;
  return { user, roadmapId: roadmapId!, one: one!, two: two!, tokenId: tokenId! };
}
