import "server-only";

import type { StoredNote } from "@/server/services/notes/stored-notes";
import type { ItemProgress } from "@/server/services/progress/load-progress";
import type { ItemResolvers } from "../generated/resolvers-types";
import type { ItemModel } from "../models";
import { viewerValue } from "../answer-cache/viewer-values";
import { contentOf } from "./content";
import { itemReview } from "./review";
import { itemSkillFields } from "./skill";
import { itemFacts, itemNote, itemProgress } from "./viewer-states";

/** Applies `read` to a value now, or when it arrives: synchronous when the states are loaded. */
function then<T, R>(value: T | Promise<T>, read: (value: T) => R): R | Promise<R> {
  return value instanceof Promise ? value.then(read) : read(value);
}

/* The viewer's values on an item: each computed by one function, now and from a later request's states. */
function fromProgress<R extends string | null>(read: (progress: ItemProgress | undefined) => R) {
  return viewerValue({
    roadmapOf: (item: ItemModel) => item.roadmapId,
    itemOf: (item) => item.id,
    fromStates: (item, states) => read(states.progress.get(item.roadmapId)?.get(item.id)),
    now: (item, ctx) => (ctx.viewer ? then(itemProgress(ctx, item), read) : null),
  });
}

function fromNote(read: (note: StoredNote | undefined) => string | null) {
  return viewerValue({
    roadmapOf: (item: ItemModel) => item.roadmapId,
    itemOf: (item) => item.id,
    fromStates: (item, states) => read(states.notes.get(item.id)),
    now: (item, ctx) => (ctx.viewer ? then(itemNote(ctx, item), read) : null),
  });
}

export const Item: ItemResolvers = {
  children: (item) => item.children,
  resources: (item) => item.resources,
  status: fromProgress((progress) => progress?.status ?? "NOT_STARTED"),
  statusUpdatedAt: fromProgress((progress) => progress?.updatedAt.toISOString() ?? null),
  note: fromNote((note) => note?.body ?? null),
  noteHtml: fromNote((note) => note?.html ?? null),
  startedAt: (item, _args, ctx) =>
    ctx.viewer ? then(itemFacts(ctx, item), (facts) => facts?.startedAt?.toISOString() ?? null) : null,
  finishedAt: (item, _args, ctx) =>
    ctx.viewer ? then(itemFacts(ctx, item), (facts) => facts?.finishedAt?.toISOString() ?? null) : null,
  section: async (item, _args, ctx) => {
    const content = await contentOf(ctx, item.roadmapId);
    return content.sections.find((section) => section.id === item.sectionId)!;
  },
  roadmap: async (item, _args, ctx) => (await contentOf(ctx, item.roadmapId)).roadmap,
  review: (item, _args, ctx) => (ctx.viewer ? itemReview(ctx, item.id) : null),
  ...itemSkillFields,
};
