import "server-only";

import type { ItemResolvers } from "../generated/resolvers-types";
import { contentOf } from "./content";
import { itemFacts, itemNote, itemProgress } from "./viewer-states";

/** Applies `read` to a value now, or when it arrives: synchronous when the states are loaded. */
function then<T, R>(value: T | Promise<T>, read: (value: T) => R): R | Promise<R> {
  return value instanceof Promise ? value.then(read) : read(value);
}

export const Item: ItemResolvers = {
  children: (item) => item.children,
  resources: (item) => item.resources,
  status: (item, _args, ctx) =>
    ctx.viewer ? then(itemProgress(ctx, item), (progress) => progress?.status ?? "NOT_STARTED") : null,
  statusUpdatedAt: (item, _args, ctx) =>
    ctx.viewer ? then(itemProgress(ctx, item), (progress) => progress?.updatedAt.toISOString() ?? null) : null,
  note: (item, _args, ctx) => (ctx.viewer ? then(itemNote(ctx, item), (note) => note?.body ?? null) : null),
  noteHtml: (item, _args, ctx) => (ctx.viewer ? then(itemNote(ctx, item), (note) => note?.html ?? null) : null),
  startedAt: (item, _args, ctx) =>
    ctx.viewer ? then(itemFacts(ctx, item), (facts) => facts?.startedAt?.toISOString() ?? null) : null,
  finishedAt: (item, _args, ctx) =>
    ctx.viewer ? then(itemFacts(ctx, item), (facts) => facts?.finishedAt?.toISOString() ?? null) : null,
  section: async (item, _args, ctx) => {
    const content = await contentOf(ctx, item.roadmapId);
    return content.sections.find((section) => section.id === item.sectionId)!;
  },
  roadmap: async (item, _args, ctx) => (await contentOf(ctx, item.roadmapId)).roadmap,
};
