import "server-only";

import type { GraphQLResolveInfo } from "graphql";
import type { ItemStates } from "@/server/services/progress/load-item-states";
import type { GraphQLContext } from "../context";

/*
 * A signed-in answer is cached as a template (answer-template.ts): roadmap
 * content, the same for this viewer until a roadmap it read changes, with
 * gaps where the viewer's own values sit (an item's status or note, a
 * completion's counts). Each such field is declared with viewerValue(), which
 * computes it now and, while the answer is being cached, records where it sits
 * and how to compute it again from a later request's states.
 */

export type ViewerValue = string | number | null;
/** Computes a value from the viewer's states; `memo` lives for one filling (shared work, such as a completion). */
export type ViewerValueFill = (states: ItemStates, memo: Map<unknown, unknown>) => ViewerValue;

export interface RecordedValue {
  /** Response keys and list indexes from the answer's `data` down to the field. */
  path: readonly (string | number)[];
  fill: ViewerValueFill;
  /** The item whose own states alone the value depends on (viewerValue's `itemOf`), if it is such a value. */
  item?: string;
}

/** Past this many viewer values an answer is not cached: recording and cutting it would cost more than it saves. */
export const MAX_VIEWER_VALUES = 50_000;

export class ViewerValues {
  readonly values: RecordedValue[] = [];
  /** The roadmaps whose states the values read: the one statement a filling needs. */
  readonly roadmapIds = new Set<string>();
  /** Set when the answer had more than MAX_VIEWER_VALUES: recording stopped. */
  overflowed = false;

  record(info: GraphQLResolveInfo, roadmapId: string, fill: ViewerValueFill, item?: string): void {
    if (this.overflowed) return;
    if (this.values.length >= MAX_VIEWER_VALUES) {
      this.overflowed = true;
      this.values.length = 0;
      return;
    }
    const path: (string | number)[] = [];
    for (let step: GraphQLResolveInfo["path"] | undefined = info.path; step; step = step.prev) path.push(step.key);
    this.values.push({ path: path.reverse(), fill, item });
    this.roadmapIds.add(roadmapId);
  }
}

/**
 * A resolver for a field whose value is the viewer's own, computed from their
 * states on one roadmap: `now` answers this request (it may use states already
 * loaded), `fromStates` computes the same value from a later request's states.
 * The two must agree: the answer-cache tests compare cached and computed answers.
 * `itemOf`, for a value that depends on the viewer's states only through one
 * item's own entries (its progress, its note), names that item: a cached
 * answer then keeps the value an item without states has, and computes it
 * again only for the items the viewer has states of.
 */
export function viewerValue<Parent, Value extends ViewerValue>(field: {
  roadmapOf: (parent: Parent) => string;
  itemOf?: (parent: Parent) => string;
  fromStates: (parent: Parent, states: ItemStates, memo: Map<unknown, unknown>) => Value;
  now: (parent: Parent, ctx: GraphQLContext) => Value | Promise<Value>;
}) {
  return (parent: Parent, _args: unknown, ctx: GraphQLContext, info: GraphQLResolveInfo): Value | Promise<Value> => {
    ctx.answerCache.viewerValues?.record(
      info,
      field.roadmapOf(parent),
      (states, memo) => field.fromStates(parent, states, memo),
      field.itemOf?.(parent),
    );
    return field.now(parent, ctx);
  };
}
