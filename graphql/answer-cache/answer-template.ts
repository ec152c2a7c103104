import "server-only";

import { randomBytes } from "node:crypto";
import type { FormattedExecutionResult } from "graphql";
import type { ItemStates } from "@/server/services/progress/load-item-states";
import { answerBytes, answerText } from "./answer-text";
import type { ReadsStamp } from "./roadmap-reads";
import type { RecordedValue, ViewerValueFill } from "./viewer-values";

/**
 * A signed-in answer as the bytes of its JSON text, with a slot at each of the viewer's values.
 * A value that depends only on one item's own states (its status, its note:
 * viewerValue's `itemOf`) sits in the text as it reads for an item the viewer
 * has no state of; every other value (a completion's counts) is a gap. Serving
 * the template again costs one read of the viewer's states, then computing
 * only the gaps and the values of the items the viewer has states of, not a
 * value for every item of the roadmap (nor a GraphQL execution over them).
 */
export interface AnswerTemplate {
  /** The roadmap lookups the answer made and what they found: it is used only while they find the same. */
  reads: ReadsStamp;
  roadmapIds: readonly string[];
  /** The answer's text as UTF-8, with each item's value as it is without states, and nothing in each gap. */
  bytes: Buffer<ArrayBuffer>;
  /** Per value, in the order of the text: where its slot starts and ends in `bytes`. */
  slots: Int32Array;
  fills: readonly ViewerValueFill[];
  /** The values computed on every filling (no `itemOf`), in the order of the text. */
  gaps: readonly number[];
  /** Per item, its values' indexes. */
  byItem: ReadonlyMap<string, readonly number[]>;
  /**
   * The last filling: the values it computed, by slot, and its bytes. A viewer
   * reading the same page again with nothing changed (a reload, a poll, an
   * API script) gets those very bytes back instead of a new copy of the whole text.
   */
  lastFill?: { values: ReadonlyMap<number, string>; bytes: Buffer<ArrayBuffer> };
  /** Approximate memory held, for the cache's bound (counting a last filling's copy of the text). */
  size: number;
}

// Memory held, roughly: the bytes, and per value its slot, a closure with the
// path it was built from and its index.
const VALUE_BYTES = 200;

const NO_STATES: ItemStates = { progress: new Map(), notes: new Map(), skillSources: new Map(), skillNotes: new Map() };

/**
 * The template of a successful answer whose viewer values are `values`, or null
 * when the answer does not have the shape the values describe (an error, a field
 * recorded twice, a value missing): such an answer is simply not kept.
 */
export function answerTemplate(
  result: FormattedExecutionResult,
  values: readonly RecordedValue[],
  roadmapIds: Iterable<string>,
  reads: ReadsStamp,
): AnswerTemplate | null {
  if (result.errors?.length || !result.data) return null;
  const marks = new Map<object, Map<string, number>>();
  for (const [index, value] of values.entries()) {
    let holder: unknown = result.data;
    for (const key of value.path.slice(0, -1)) {
      holder = holder && typeof holder === "object" ? (holder as Record<string, unknown>)[key] : undefined;
    }
    const key = String(value.path.at(-1));
    if (!holder || typeof holder !== "object" || !(key in holder)) return null;
    const keys = marks.get(holder) ?? new Map<string, number>();
    if (keys.has(key)) return null;
    keys.set(key, index);
    marks.set(holder, keys);
  }
  // A marker no content can contain: NUL is refused in every stored text, and the nonce is new.
  const nonce = randomBytes(8).toString("hex");
  // Cut from the text Apollo sends (answer-text.ts), so that a filled template is those very bytes.
  const json = answerText(result, function (this: unknown, key: string, value: unknown) {
    const index = marks.get(this as object)?.get(key);
    return index === undefined ? value : `\u0000${nonce}:${index}\u0000`;
  });
  const pieces = json.split(new RegExp(`"\\\\u0000${nonce}:(\\d+)\\\\u0000"`));
  const texts: string[] = [];
  const slots = new Int32Array(2 * values.length);
  const fills: ViewerValueFill[] = [];
  const gaps: number[] = [];
  const byItem = new Map<string, number[]>();
  const seen = new Set<number>();
  let length = 0;
  for (const [position, piece] of pieces.entries()) {
    if (position % 2 === 0) {
      texts.push(piece);
      length += Buffer.byteLength(piece);
      continue;
    }
    const index = Number(piece);
    const value = values[index];
    if (seen.has(index) || !value) return null;
    seen.add(index);
    const slot = fills.length;
    fills.push(value.fill);
    // An item's value without states, computed as a filling would (with no states at all).
    const standing = value.item === undefined ? "" : JSON.stringify(value.fill(NO_STATES, new Map()));
    if (value.item === undefined) gaps.push(slot);
    else if (byItem.has(value.item)) byItem.get(value.item)!.push(slot);
    else byItem.set(value.item, [slot]);
    slots[2 * slot] = length;
    texts.push(standing);
    length += Buffer.byteLength(standing);
    slots[2 * slot + 1] = length;
  }
  if (seen.size !== values.length) return null;
  return {
    reads,
    roadmapIds: [...new Set(roadmapIds)],
    bytes: answerBytes(texts.join("")),
    slots,
    fills,
    gaps,
    byItem,
    size: 2 * length + values.length * VALUE_BYTES,
  };
}

/**
 * The answer's JSON text, as UTF-8, for a viewer whose states (of the
 * template's roadmaps) are `states`: the gaps, and the values of the items the
 * viewer has states of, computed and put in their slots; the rest as cached.
 * Bytes, not a string: V8 builds a large string from pieces several times
 * slower than Buffer.concat copies them, and the string would then be encoded
 * again for the response.
 */
export function fillAnswerTemplate(template: AnswerTemplate, states: ItemStates): Buffer<ArrayBuffer> {
  const { bytes, slots, fills, gaps, byItem } = template;
  const computed: number[] = [...gaps];
  const add = (itemId: string) => {
    const indexes = byItem.get(itemId);
    if (indexes) for (const index of indexes) computed.push(index);
  };
  for (const roadmapId of template.roadmapIds)
    for (const itemId of states.progress.get(roadmapId)?.keys() ?? []) add(itemId);
  for (const itemId of states.notes.keys()) add(itemId);
  computed.sort((a, b) => a - b);
  const memo = new Map<unknown, unknown>();
  const filled = new Map<number, string>();
  for (const index of computed) if (!filled.has(index)) filled.set(index, JSON.stringify(fills[index]!(states, memo)));
  const last = template.lastFill;
  if (last && sameValues(last.values, filled)) return last.bytes;
  const pieces: Uint8Array[] = [];
  let cursor = 0;
  for (const [index, value] of filled) {
    pieces.push(bytes.subarray(cursor, slots[2 * index]), Buffer.from(value));
    cursor = slots[2 * index + 1]!;
  }
  pieces.push(bytes.subarray(cursor));
  const answer = Buffer.concat(pieces);
  // Kept for the next filling; served bytes are never written to (a response only reads them).
  template.lastFill = { values: filled, bytes: answer };
  return answer;
}

function sameValues(a: ReadonlyMap<number, string>, b: ReadonlyMap<number, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [index, value] of b) if (a.get(index) !== value) return false;
  return true;
}
