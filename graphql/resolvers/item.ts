import "server-only";

import type { ItemProgress } from "@/app/lib/services/progress/load-progress";
import type { GraphQLContext } from "../context";
import type { ItemResolvers } from "../generated/resolvers-types";
import type { ItemModel } from "../models";
import { contentOf } from "./content";

/** The viewer's status of an item: as a write in this request left it, else from the batch of the roadmap's. */
async function progressOf(ctx: GraphQLContext, item: ItemModel): Promise<ItemProgress | undefined> {
  if (ctx.loaders.writtenStatuses.has(item.id)) return ctx.loaders.writtenStatuses.get(item.id) ?? undefined;
  return (await ctx.loaders.progress.load(item.roadmapId)).get(item.id);
}

export const Item: ItemResolvers = {
  children: (item) => item.children,
  resources: (item) => item.resources,
  status: async (item, _args, ctx) => {
    if (!ctx.viewer) return null;
    return (await progressOf(ctx, item))?.status ?? "NOT_STARTED";
  },
  statusUpdatedAt: async (item, _args, ctx) => {
    if (!ctx.viewer) return null;
    return (await progressOf(ctx, item))?.updatedAt.toISOString() ?? null;
  },
  note: async (item, _args, ctx) => {
    if (!ctx.viewer) return null;
    return (await ctx.loaders.notes.load(item.roadmapId)).get(item.id)?.body ?? null;
  },
  noteHtml: async (item, _args, ctx) => {
    if (!ctx.viewer) return null;
    return (await ctx.loaders.notes.load(item.roadmapId)).get(item.id)?.html ?? null;
  },
  section: async (item, _args, ctx) => {
    const content = await contentOf(ctx, item.roadmapId);
    return content.sections.find((section) => section.id === item.sectionId)!;
  },
  roadmap: async (item, _args, ctx) => (await contentOf(ctx, item.roadmapId)).roadmap,
};
