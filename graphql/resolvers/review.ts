import "server-only";

import { mergeGuestReviews } from "@/server/services/review/merge-guest-reviews";
import { reviewItem } from "@/server/services/review/review-item";
import { reviewQueueCounts, reviewQueuePage } from "@/server/services/review/review-queue";
import { setReviewSettings } from "@/server/services/review/set-review-settings";
import { undoLastReview } from "@/server/services/review/undo-last-review";
import { nextIntervals, retrievability } from "@/shared/review/scheduler";
import type {
  ItemConnectionResolvers,
  MutationResolvers,
  ReviewQueueResolvers,
  ReviewStateResolvers,
  ViewerResolvers,
} from "../generated/resolvers-types";
import type { GraphQLContext } from "../context";
import type { ReviewStateModel } from "../models";
import { pageInfo } from "./connections";
import { itemOrThrow } from "./content";

/** Item.review: the viewer's card, read through the request's loader (null: not in review). */
export async function itemReview(ctx: GraphQLContext, itemId: string): Promise<ReviewStateModel | null> {
  const card = await ctx.loaders.reviewCard.load(itemId);
  return card ? { card, now: new Date() } : null;
}

/** The viewer's settings, once per request. */
function settingsOf(ctx: GraphQLContext) {
  return ctx.loaders.reviewSettings.load(ctx.viewer?.userId ?? "");
}

export const ReviewState: ReviewStateResolvers = {
  due: ({ card }) => card.due.toISOString(),
  lastReviewedAt: ({ card }) => card.lastReview?.toISOString() ?? null,
  reps: ({ card }) => card.reps,
  lapses: ({ card }) => card.lapses,
  stability: ({ card }) => card.stability,
  difficulty: ({ card }) => card.difficulty,
  retrievability: ({ card, now }) => retrievability(card, now),
  nextIntervals: async ({ card, now }, _args, ctx) => {
    const { desiredRetention } = await settingsOf(ctx);
    const days = nextIntervals(card, now, desiredRetention);
    return { again: days.AGAIN, hard: days.HARD, good: days.GOOD, easy: days.EASY };
  },
};

export const ReviewQueue: ReviewQueueResolvers = {
  dueToday: (queue) => queue.dueToday,
  overdue: (queue) => queue.overdue,
  reviewedToday: (queue) => queue.reviewedToday,
  dailyLimit: (queue) => queue.dailyLimit,
  remainingToday: (queue) => queue.remainingToday,
  items: async (queue, args, ctx) => {
    const page = await reviewQueuePage(queue, args);
    // The page read each item's roadmap and card: answering needs no statement more per item.
    for (const { node } of page.edges) {
      ctx.loaders.roadmapIdOfItem.prime(node.itemId, node.roadmapId);
      ctx.loaders.reviewCard.prime(node.itemId, node.card);
    }
    const items = await Promise.all(page.edges.map(({ node }) => itemOrThrow(ctx, node.itemId)));
    return { ...page, edges: page.edges.map((edge, index) => ({ cursor: edge.cursor, node: items[index]! })) };
  },
};

export const ItemConnection: ItemConnectionResolvers = {
  nodes: (page) => page.edges.map((edge) => edge.node),
  pageInfo: (page) => pageInfo(page),
};

export const reviewViewerFields: Pick<ViewerResolvers, "reviewQueue" | "reviewSettings"> = {
  reviewQueue: (_viewer, { roadmapId, timeZone }, ctx) =>
    reviewQueueCounts(ctx.viewer, { roadmapId, timeZone: timeZone ?? ctx.timeZone }),
  reviewSettings: (_viewer, _args, ctx) => settingsOf(ctx),
};

/** After a rating, this request reads the item's card again. */
async function ratedItem(ctx: GraphQLContext, itemId: string) {
  ctx.loaders.reviewCard.clear(itemId);
  return itemOrThrow(ctx, itemId);
}

export const reviewMutations: Pick<
  MutationResolvers,
  "reviewItem" | "undoLastReview" | "setReviewSettings" | "mergeGuestReviews"
> = {
  mergeGuestReviews: async (_parent, { input }, ctx) => {
    const merged = await mergeGuestReviews(ctx.viewer, input);
    ctx.loaders.reviewCard.clearAll();
    return merged;
  },
  reviewItem: async (_parent, { input }, ctx) => ratedItem(ctx, (await reviewItem(ctx.viewer, input)).itemId),
  undoLastReview: async (_parent, { input }, ctx) => ratedItem(ctx, (await undoLastReview(ctx.viewer, input)).itemId),
  setReviewSettings: async (_parent, { input }, ctx) => {
    const settings = await setReviewSettings(ctx.viewer, input);
    ctx.loaders.reviewCard.clearAll();
    ctx.loaders.reviewSettings.clearAll();
    return settings;
  },
};
