import { describe, expect, it } from "vitest";
import type { Db } from "../../server/db/client";
import { cardFromJson, type ReviewCardJson } from "../../shared/review/review-card";
import type { ReviewRatingName } from "../../shared/review/review-limits";
import { rebuildReviewCard } from "../../shared/review/rebuild-review-card";
import { todayIn } from "../../shared/time-zone";
import { userStudyReminder } from "../../server/services/calendar/user-study-reminder";
import { followedRoadmap, learner, SET_STATUS, type Learner } from "./cohorts";
import { tokenViewerOf } from "./factories";
import { errorCodes, execute } from "./graphql-operations";

/*
 * Spaced review's server rules (issue 23): run on PostgreSQL
 * (graphql/review.int.test.ts) and on the embedded default
 * (graphql/review.embedded.int.test.ts).
 */

export const REVIEW_MARKDOWN = [
  "# Review roadmap",
  "",
  "## First",
  "",
  "- [ ] alpha <!-- key: alpha -->",
  "- [ ] beta <!-- key: beta -->",
  "- [ ] gamma <!-- key: gamma -->",
  "",
  "## Second",
  "",
  "- [ ] delta <!-- key: delta -->",
  "- [ ] epsilon <!-- key: epsilon -->",
  "",
].join("\n");

const REVIEW = `query($id: ID!) { item(id: $id) { id review { due lastReviewedAt reps lapses stability difficulty
  retrievability nextIntervals { again hard good easy } } } }`;
const QUEUE = `query($roadmapId: ID, $first: Int, $after: String) { viewer { reviewQueue(roadmapId: $roadmapId, timeZone: "Europe/Paris") {
  dueToday overdue reviewedToday dailyLimit remainingToday
  items(first: $first, after: $after) { nodes { id title review { reps retrievability } } pageInfo { hasNextPage endCursor } } } } }`;
export const REVIEW_ITEM = `mutation($input: ReviewItemInput!) { reviewItem(input: $input) { id review { reps due } } }`;
export const UNDO = `mutation($itemId: ID!) { undoLastReview(input: { itemId: $itemId }) { id review { reps due } } }`;
export const SETTINGS = `mutation($input: SetReviewSettingsInput!) { setReviewSettings(input: $input) { dailyLimit desiredRetention disabledRoadmapIds } }`;

// Tests read arbitrary response shapes; `any` keeps their assertions readable.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function ok<T = Record<string, any>>(query: string, variables: Record<string, unknown>, who: Learner) {
  const result = await execute<T>(query, variables, who.viewer);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

async function setStatus(who: Learner, itemId: string, status: string) {
  await ok(SET_STATUS, { id: itemId, status }, who);
}

async function reviewOf(who: Learner, itemId: string) {
  return (await ok(REVIEW, { id: itemId }, who)).item.review as { reps: number; due: string } | null;
}

/** Moves a learner's cards (and their ratings) `days` into the past, as if they had finished them then. */
async function age(client: Db, userId: string, days: number) {
  await client.$executeRaw`
    UPDATE "ReviewCard" SET "due" = "due" - make_interval(days => ${days}::int),
      "lastReview" = "lastReview" - make_interval(days => ${days}::int),
      "enteredAt" = "enteredAt" - make_interval(days => ${days}::int)
    WHERE "userId" = ${userId}`;
}

export function describeReviewRules(name: string, client: () => Db) {
  describe(`spaced review on ${name}`, () => {
    it("finished items enter review with a first due date; others never do, and leaving DONE leaves it", async () => {
      const author = await learner(client(), "review");
      const roadmap = await followedRoadmap(author, "PUBLIC", REVIEW_MARKDOWN);
      const { alpha, beta, gamma, delta } = Object.fromEntries(roadmap.items);
      await setStatus(author, alpha!, "DONE");
      await setStatus(author, beta!, "SKIPPED");
      await setStatus(author, gamma!, "IN_PROGRESS");
      const first = await reviewOf(author, alpha!);
      expect(first).toMatchObject({ reps: 1, lapses: 0 });
      expect(new Date(first!.due).getTime()).toBeGreaterThan(Date.now() + 24 * 3600 * 1000);
      expect(await reviewOf(author, beta!)).toBeNull();
      expect(await reviewOf(author, gamma!)).toBeNull();

      // Rating an item not in review is a clear client mistake.
      const refused = await execute(REVIEW_ITEM, { input: { itemId: gamma, rating: "GOOD" } }, author.viewer);
      expect(errorCodes(refused)).toEqual(["BAD_USER_INPUT"]);

      await setStatus(author, alpha!, "IN_PROGRESS");
      expect(await reviewOf(author, alpha!)).toBeNull();
      await setStatus(author, alpha!, "DONE");
      await setStatus(author, delta!, "DONE");
      expect(await reviewOf(author, alpha!)).toMatchObject({ reps: 1 });

      // Reset progress clears review; so does turning review off on the roadmap.
      await ok(
        `mutation($id: ID!) { resetRoadmapProgress(input: { roadmapId: $id }) { id } }`,
        { id: roadmap.id },
        author,
      );
      expect(await reviewOf(author, alpha!)).toBeNull();
      await setStatus(author, alpha!, "DONE");
      const off = await ok(SETTINGS, { input: { roadmapId: roadmap.id, enabled: false } }, author);
      expect(off.setReviewSettings.disabledRoadmapIds).toEqual([roadmap.id]);
      expect(await reviewOf(author, alpha!)).toBeNull();
      await setStatus(author, delta!, "DONE");
      expect(await reviewOf(author, delta!)).toBeNull();
      // On again: the finished items enter.
      await ok(SETTINGS, { input: { roadmapId: roadmap.id, enabled: true } }, author);
      expect(await reviewOf(author, alpha!)).toMatchObject({ reps: 1 });
      expect(await reviewOf(author, delta!)).toMatchObject({ reps: 1 });
    });

    it("rates, counts retries once, undoes the latest, and the card rebuilds from its events", async () => {
      const author = await learner(client(), "review");
      const roadmap = await followedRoadmap(author, "PUBLIC", REVIEW_MARKDOWN);
      const { alpha } = Object.fromEntries(roadmap.items);
      await setStatus(author, alpha!, "DONE");
      await age(client(), author.viewer.userId, 30);

      const rated = await ok(REVIEW_ITEM, { input: { itemId: alpha, rating: "GOOD", id: "rating-one-0001" } }, author);
      expect(rated.reviewItem.review.reps).toBe(2);
      // Retries: the same id, or the same state (reps 1), count once.
      const again = await ok(REVIEW_ITEM, { input: { itemId: alpha, rating: "GOOD", id: "rating-one-0001" } }, author);
      expect(again.reviewItem.review).toEqual(rated.reviewItem.review);
      await ok(REVIEW_ITEM, { input: { itemId: alpha, rating: "GOOD", reps: 1 } }, author);
      await ok(REVIEW_ITEM, { input: { itemId: alpha, rating: "GOOD" } }, author);
      expect(await client().reviewEvent.count({ where: { userId: author.viewer.userId } })).toBe(1);
      // Another learner's id is refused, not overwritten.
      const other = await learner(client(), "review");
      await setStatus(other, alpha!, "DONE");
      const stolen = await execute(
        REVIEW_ITEM,
        { input: { itemId: alpha, rating: "EASY", id: "rating-one-0001" } },
        other.viewer,
      );
      expect(errorCodes(stolen)).toEqual(["BAD_USER_INPUT"]);

      // A different rating of the new state is a new rating; undo takes back only the latest.
      const hard = await ok(REVIEW_ITEM, { input: { itemId: alpha, rating: "HARD", reps: 2 } }, author);
      expect(hard.reviewItem.review.reps).toBe(3);
      const undone = await ok(UNDO, { itemId: alpha }, author);
      expect(undone.undoLastReview.review).toEqual(rated.reviewItem.review);
      await ok(REVIEW_ITEM, { input: { itemId: alpha, rating: "EASY", reps: 2 } }, author);

      // The stored card is what its events alone rebuild.
      const card = await client().reviewCard.findUniqueOrThrow({
        where: { userId_itemId: { userId: author.viewer.userId, itemId: alpha! } },
      });
      const events = await client().reviewEvent.findMany({
        where: { userId: author.viewer.userId, itemId: alpha!, cardEnteredAt: card.enteredAt },
      });
      expect(events.map((event) => event.rating)).toEqual(expect.arrayContaining(["GOOD", "EASY"]));
      const rebuilt = rebuildReviewCard(
        card.enteredAt,
        card.enteredRetention,
        events.map((event) => ({
          rating: event.rating as ReviewRatingName,
          reviewedAt: event.reviewedAt,
          retention: event.retention,
        })),
      );
      const { userId: _user, itemId: _item, roadmapId: _roadmap, ...stored } = card;
      expect(rebuilt).toEqual(stored);
      // "Your data" keeps every rating.
      const yours = JSON.parse((await ok(`{ viewer { dataExport } }`, {}, author)).viewer.dataExport as string) as {
        review: { ratings: { rating: string; itemId: string }[]; cards: unknown[] };
      };
      expect(yours.review.ratings.map((entry) => entry.rating)).toEqual(["GOOD", "EASY"]);
      expect(yours.review.cards).toHaveLength(1);
      // Each event keeps the card it was given to.
      const latest = events.find((event) => event.rating === "EASY")!;
      expect(cardFromJson(latest.cardBefore as unknown as ReviewCardJson).reps).toBe(2);
    });

    it("queues due items overdue first, lowest retrievability first, and the daily limit holds", async () => {
      const author = await learner(client(), "review");
      const roadmap = await followedRoadmap(author, "PUBLIC", REVIEW_MARKDOWN);
      const items = Object.values(Object.fromEntries(roadmap.items));
      for (const itemId of items) await setStatus(author, itemId, "DONE");
      // Months away: everything overdue.
      await age(client(), author.viewer.userId, 120);
      await client().$executeRaw`UPDATE "ReviewCard" SET "stability" = "stability" * (1 + random())
        WHERE "userId" = ${author.viewer.userId}`;
      const queued = (await ok(QUEUE, { roadmapId: roadmap.id }, author)).viewer.reviewQueue;
      expect(queued).toMatchObject({ dueToday: 5, overdue: 5, reviewedToday: 0, dailyLimit: 20, remainingToday: 20 });
      const r = queued.items.nodes.map((node: { review: { retrievability: number } }) => node.review.retrievability);
      expect(r).toEqual([...r].sort((a, b) => a - b));

      // The calendar feed reminds of them today, where the learner is (their profile's zone).
      const reminder = await userStudyReminder(author.viewer.userId, roadmap.slug);
      expect(reminder!.reviewDays).toEqual([{ date: todayIn("UTC"), count: 5 }]);

      // Pages: two, then the rest.
      const page1 = (await ok(QUEUE, { roadmapId: roadmap.id, first: 2 }, author)).viewer.reviewQueue.items;
      expect(page1.pageInfo.hasNextPage).toBe(true);
      const page2 = (await ok(QUEUE, { roadmapId: roadmap.id, first: 10, after: page1.pageInfo.endCursor }, author))
        .viewer.reviewQueue.items;
      expect([...page1.nodes, ...page2.nodes].map((node: { id: string }) => node.id)).toEqual(
        queued.items.nodes.map((node: { id: string }) => node.id),
      );

      // A limit of 2: two ratings today, then nothing more today however much is overdue.
      await ok(SETTINGS, { input: { dailyLimit: 2 } }, author);
      const limited = (await ok(QUEUE, { roadmapId: roadmap.id }, author)).viewer.reviewQueue;
      expect(limited.items.nodes).toHaveLength(2);
      for (const node of limited.items.nodes)
        await ok(REVIEW_ITEM, { input: { itemId: node.id, rating: "GOOD" } }, author);
      const reached = (await ok(QUEUE, { roadmapId: roadmap.id }, author)).viewer.reviewQueue;
      expect(reached).toMatchObject({ dueToday: 3, reviewedToday: 2, remainingToday: 0 });
      expect(reached.items.nodes).toEqual([]);
    });

    it("a guest's ratings join the account after their statuses: newer ones only, and the card is their fold", async () => {
      const author = await learner(client(), "review");
      const roadmap = await followedRoadmap(author, "PUBLIC", REVIEW_MARKDOWN);
      const { alpha, beta, gamma } = Object.fromEntries(roadmap.items);
      const day = 24 * 60 * 60 * 1000;
      const finished = new Date(Date.now() - 40 * day);
      const easyAt = new Date(Date.now() - 5 * day).toISOString();
      // As the browser hands them over at sign-in: statuses first (alpha and beta finished 40 days ago) ...
      await ok(
        `mutation($input: MergeGuestProgressInput!) { mergeGuestProgress(input: $input) { merged } }`,
        {
          input: {
            entries: [alpha, beta].map((itemId) => ({ itemId, status: "DONE", updatedAt: finished.toISOString() })),
          },
        },
        author,
      );
      // ... then the ratings: two of alpha's, one of beta's older than it entered review, one of gamma's (not in review).
      const merged = await ok(
        `mutation($input: MergeGuestReviewsInput!) { mergeGuestReviews(input: $input) { merged ignored } }`,
        {
          input: {
            ratings: [
              { itemId: alpha, rating: "EASY", reviewedAt: easyAt },
              { itemId: alpha, rating: "GOOD", reviewedAt: new Date(Date.now() - 30 * day).toISOString() },
              { itemId: beta, rating: "AGAIN", reviewedAt: new Date(Date.now() - 50 * day).toISOString() },
              { itemId: gamma, rating: "GOOD", reviewedAt: new Date().toISOString() },
            ],
          },
        },
        author,
      );
      expect(merged.mergeGuestReviews).toEqual({ merged: 2, ignored: 2 });
      const card = await client().reviewCard.findUniqueOrThrow({
        where: { userId_itemId: { userId: author.viewer.userId, itemId: alpha! } },
      });
      expect(card.enteredAt).toEqual(finished);
      const events = await client().reviewEvent.findMany({ where: { userId: author.viewer.userId, itemId: alpha! } });
      const { userId: _user, itemId: _item, roadmapId: _roadmap, ...stored } = card;
      expect(
        rebuildReviewCard(
          card.enteredAt,
          card.enteredRetention,
          events.map((event) => ({
            rating: event.rating as ReviewRatingName,
            reviewedAt: event.reviewedAt,
            retention: event.retention,
          })),
        ),
      ).toEqual(stored);
      expect(card.reps).toBe(3);
      // Merging the same again adds nothing: every rating is now older than the account's latest.
      const again = await ok(
        `mutation($input: MergeGuestReviewsInput!) { mergeGuestReviews(input: $input) { merged ignored } }`,
        {
          input: {
            ratings: [{ itemId: alpha, rating: "EASY", reviewedAt: easyAt }],
          },
        },
        author,
      );
      expect(again.mergeGuestReviews).toEqual({ merged: 0, ignored: 1 });
    });

    it("reads and writes need READ_PROGRESS and WRITE_PROGRESS, and settings are checked", async () => {
      const author = await learner(client(), "review");
      const bad = await execute(SETTINGS, { input: { dailyLimit: 0 } }, author.viewer);
      expect(errorCodes(bad)).toEqual(["BAD_USER_INPUT"]);
      const retention = await execute(SETTINGS, { input: { desiredRetention: 1.5 } }, author.viewer);
      expect(errorCodes(retention)).toEqual(["BAD_USER_INPUT"]);
      const user = await client().user.findUniqueOrThrow({ where: { id: author.viewer.userId } });
      const writeOnly = tokenViewerOf(user, ["WRITE_PROGRESS"]);
      expect(errorCodes(await execute(QUEUE, {}, writeOnly))).toEqual(["FORBIDDEN"]);
      const readOnly = tokenViewerOf(user, ["READ_PROGRESS"]);
      const write = await execute(SETTINGS, { input: { dailyLimit: 5 } }, readOnly);
      expect(errorCodes(write)).toEqual(["FORBIDDEN"]);
      expect((await execute(QUEUE, {}, readOnly)).data?.viewer.reviewQueue.dailyLimit).toBe(20);
    });
  });
}
