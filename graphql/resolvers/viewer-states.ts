import "server-only";

import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from "graphql";
import type { ItemProgress } from "@/server/services/progress/load-progress";
import type { ItemFacts } from "@/shared/plan/item-facts";
import type { StoredNote } from "@/server/services/notes/stored-notes";
import type { GraphQLContext } from "../context";

/*
 * The viewer's statuses and notes on a roadmap's items, read once per request and
 * then answered synchronously. A field resolver that returns a promise costs far
 * more than one that returns a value (and a roadmap has hundreds of items, each
 * asking for its status and note), so the list's parent loads the states first
 * when the query asks for any of them below it; the items' fields then find them
 * ready.
 */

const STATE_FIELDS = new Set(["status", "statusUpdatedAt", "note", "noteHtml", "progress"]);
const asksCache = new WeakMap<readonly FieldNode[], boolean>();

function mentions(
  selection: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
): boolean {
  for (const node of selection?.selections ?? []) {
    if (node.kind === "Field") {
      if (STATE_FIELDS.has(node.name.value) || mentions(node.selectionSet, fragments, seen)) return true;
    } else if (node.kind === "InlineFragment") {
      if (mentions(node.selectionSet, fragments, seen)) return true;
    } else if (!seen.has(node.name.value)) {
      seen.add(node.name.value);
      if (mentions(fragments[node.name.value]?.selectionSet, fragments, seen)) return true;
    }
  }
  return false;
}

/** Whether anything below this field asks for a status, a note or a completion (cached per parsed document). */
function asksForStates(info: GraphQLResolveInfo): boolean {
  let asks = asksCache.get(info.fieldNodes);
  if (asks === undefined) {
    asks = info.fieldNodes.some((node) => mentions(node.selectionSet, info.fragments, new Set()));
    asksCache.set(info.fieldNodes, asks);
  }
  return asks;
}

/** Before resolving a roadmap's sections or items: load the viewer's states if the query will want them. */
export async function prefetchViewerStates(ctx: GraphQLContext, roadmapId: string, info: GraphQLResolveInfo) {
  if (!ctx.viewer || !asksForStates(info)) return;
  // A refusal (a token without READ_PROGRESS) is left to the fields that asked,
  // which get it from the loader's cache: the list itself is not refused.
  await ctx.loaders.progress.load(roadmapId).catch(() => undefined);
}

/** An item's status as this request knows it: written by a mutation here, or from the roadmap's loaded states. */
export function itemProgress(
  ctx: GraphQLContext,
  item: { id: string; roadmapId: string },
): ItemProgress | undefined | Promise<ItemProgress | undefined> {
  if (ctx.loaders.writtenStatuses.has(item.id)) return ctx.loaders.writtenStatuses.get(item.id) ?? undefined;
  const ready = ctx.loaders.readyItemStates(item.roadmapId);
  if (ready) return ready.progress.get(item.id);
  return ctx.loaders.progress.load(item.roadmapId).then((progress) => progress.get(item.id));
}

/** An item's note, from the roadmap's loaded states when ready. */
export function itemNote(
  ctx: GraphQLContext,
  item: { id: string; roadmapId: string },
): StoredNote | undefined | Promise<StoredNote | undefined> {
  const ready = ctx.loaders.readyItemStates(item.roadmapId);
  if (ready) return ready.notes.get(item.id);
  return ctx.loaders.notes.load(item.roadmapId).then((notes) => notes.get(item.id));
}

/** An item's facts (its dates), from the roadmap's loaded facts when ready. */
export function itemFacts(
  ctx: GraphQLContext,
  item: { id: string; roadmapId: string },
): ItemFacts | undefined | Promise<ItemFacts | undefined> {
  const ready = ctx.loaders.readyItemFacts(item.roadmapId);
  if (ready) return ready.get(item.id);
  return ctx.loaders.itemFacts.load(item.roadmapId).then((facts) => facts.get(item.id));
}
