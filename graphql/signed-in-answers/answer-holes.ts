import "server-only";

import type { GraphQLResolveInfo } from "graphql";
import type { ItemStates } from "@/app/lib/services/progress/load-item-states";

/*
 * While a signed-in answer is being kept as a template (answer-templates.ts),
 * every field whose value belongs to the viewer (an item's status or note, a
 * completion's counts) says where it sits in the answer and how to compute it
 * again from the viewer's states; the rest of the answer is roadmap content,
 * the same until the content changes.
 */

export type HoleValue = string | number | null;
/** Computes a hole's value from the viewer's states; `memo` lives for one filling (shared work, such as a completion). */
export type HoleFill = (states: ItemStates, memo: Map<unknown, unknown>) => HoleValue;

export interface RecordedHole {
  /** Response keys and list indexes from the answer's `data` down to the field. */
  path: readonly (string | number)[];
  fill: HoleFill;
}

/** Past this many viewer values an answer is not kept: recording and cutting it would cost more than it saves. */
export const MAX_HOLES = 50_000;

export class AnswerHoles {
  readonly holes: RecordedHole[] = [];
  /** The roadmaps whose states the holes read: the one statement a filling needs. */
  readonly roadmapIds = new Set<string>();
  /** Set when the answer had more than MAX_HOLES values: recording stopped. */
  overflowed = false;

  record(info: GraphQLResolveInfo, roadmapId: string, fill: HoleFill): void {
    if (this.overflowed) return;
    if (this.holes.length >= MAX_HOLES) {
      this.overflowed = true;
      this.holes.length = 0;
      return;
    }
    const path: (string | number)[] = [];
    for (let step: GraphQLResolveInfo["path"] | undefined = info.path; step; step = step.prev) path.push(step.key);
    this.holes.push({ path: path.reverse(), fill });
    this.roadmapIds.add(roadmapId);
  }
}

/** Marks a viewer's value in the answer when this request's answer is being kept (a no-op otherwise). */
export function markHole(
  ctx: { answerHoles?: AnswerHoles },
  info: GraphQLResolveInfo,
  roadmapId: string,
  fill: HoleFill,
): void {
  ctx.answerHoles?.record(info, roadmapId, fill);
}
