import "server-only";

import type { ItemResolvers } from "../generated/resolvers-types";
import { contentOf } from "./content";

export const Item: ItemResolvers = {
  children: (item) => item.children,
  resources: (item) => item.resources,
  status: async (item, _args, ctx) => {
    if (!ctx.viewer) return null;
    return (await ctx.loaders.progress.load(item.roadmapId)).get(item.id)?.status ?? "NOT_STARTED";
  },
  statusUpdatedAt: async (item, _args, ctx) => {
    if (!ctx.viewer) return null;
    return (await ctx.loaders.progress.load(item.roadmapId)).get(item.id)?.updatedAt.toISOString() ?? null;
  },
  note: async (item, _args, ctx) => {
    if (!ctx.viewer) return null;
    return (await ctx.loaders.notes.load(item.roadmapId)).get(item.id)?.body ?? null;
  },
  noteHtml: async (item, _args, ctx) => {
    if (!ctx.viewer) return null;
    return (await ctx.loaders.notes.load(item.roadmapId)).get(item.id)?.html ?? null;
  },
  startedAt: async (item, _args, ctx) => {
    if (!ctx.viewer) return null;
    return (await ctx.loaders.itemFacts.load(item.roadmapId)).get(item.id)?.startedAt?.toISOString() ?? null;
  },
  finishedAt: async (item, _args, ctx) => {
    if (!ctx.viewer) return null;
    return (await ctx.loaders.itemFacts.load(item.roadmapId)).get(item.id)?.finishedAt?.toISOString() ?? null;
  },
  section: async (item, _args, ctx) => {
    const content = await contentOf(ctx, item.roadmapId);
    return content.sections.find((section) => section.id === item.sectionId)!;
  },
  roadmap: async (item, _args, ctx) => (await contentOf(ctx, item.roadmapId)).roadmap,
};
