import "server-only";

import { NotFoundError } from "@/shared/errors";
import type { ItemNode, RoadmapContent, RoadmapSummary } from "@/server/services/roadmaps/content/roadmap-content";
import type { GraphQLContext } from "../context";

/** A roadmap's content tree from the request's loader; it exists (ids came from the database). */
export async function contentOf(ctx: GraphQLContext, roadmapId: string): Promise<RoadmapContent> {
  const content = await ctx.loaders.content.load(roadmapId);
  if (!content) throw new NotFoundError(`Roadmap ${roadmapId}`);
  return content;
}

/**
 * The roadmap as contentOf(...).roadmap gives it, without building its tree when no
 * tree of it is at hand (the fields that need one load it): for a write's answer.
 */
export async function summaryOf(ctx: GraphQLContext, roadmapId: string): Promise<RoadmapSummary> {
  const summary = await ctx.loaders.summary.load(roadmapId);
  if (!summary) throw new NotFoundError(`Roadmap ${roadmapId}`);
  return summary;
}

/** A live item by id, or null. */
export async function findItem(ctx: GraphQLContext, itemId: string): Promise<ItemNode | null> {
  const roadmapId = await ctx.loaders.roadmapIdOfItem.load(itemId);
  if (!roadmapId) return null;
  return (await ctx.loaders.content.load(roadmapId))?.itemById.get(itemId) ?? null;
}

export async function itemOrThrow(ctx: GraphQLContext, itemId: string): Promise<ItemNode> {
  const item = await findItem(ctx, itemId);
  if (!item) throw new NotFoundError(`Item ${itemId}`);
  return item;
}

/** A write bumped the roadmap's content version: this request reads it again. */
export function forgetRoadmap(ctx: GraphQLContext, roadmapId: string): void {
  ctx.loaders.roadmapVersion.clear(roadmapId);
  ctx.loaders.content.clear(roadmapId);
  ctx.loaders.summary.clear(roadmapId);
}
