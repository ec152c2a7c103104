import "server-only";

import { randomBytes } from "node:crypto";
import type { FormattedExecutionResult } from "graphql";
import type { ItemStates } from "@/server/services/progress/load-item-states";
import { answerText } from "./answer-text";
import type { ReadsStamp } from "./roadmap-reads";
import type { RecordedValue, ViewerValueFill } from "./viewer-values";

/**
 * A signed-in answer as JSON text cut at each of the viewer's values: `parts`
 * has one more entry than `fills`, and the answer is parts[0], fills[0]'s value,
 * parts[1]... Serving it again costs one read of the viewer's states and a
 * string join, not a GraphQL execution over every item.
 */
export interface AnswerTemplate {
  /** The roadmap lookups the answer made and what they found: it is used only while they find the same. */
  reads: ReadsStamp;
  roadmapIds: readonly string[];
  parts: readonly string[];
  fills: readonly ViewerValueFill[];
  /** Approximate memory held, for the cache's bound. */
  size: number;
}

// Memory held, roughly: two bytes a character (JavaScript strings may need them), a
// string's own header per part, and a value's closure with the path it was built from.
const BYTES_PER_CHARACTER = 2;
const PART_BYTES = 48;
const CLOSURE_BYTES = 160;

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
  const parts: string[] = [];
  const fills: ViewerValueFill[] = [];
  const seen = new Set<number>();
  for (const [position, piece] of pieces.entries()) {
    if (position % 2 === 0) {
      parts.push(piece);
      continue;
    }
    const index = Number(piece);
    if (seen.has(index) || !values[index]) return null;
    seen.add(index);
    fills.push(values[index].fill);
  }
  if (seen.size !== values.length) return null;
  return {
    reads,
    roadmapIds: [...new Set(roadmapIds)],
    parts,
    fills,
    size:
      parts.reduce((sum, part) => sum + part.length * BYTES_PER_CHARACTER + PART_BYTES, 0) +
      fills.length * CLOSURE_BYTES,
  };
}

/** The answer's JSON text for a viewer whose states (of the template's roadmaps) are `states`. */
export function fillAnswerTemplate(template: AnswerTemplate, states: ItemStates): string {
  const memo = new Map<unknown, unknown>();
  let json = template.parts[0]!;
  for (let index = 0; index < template.fills.length; index += 1) {
    json += JSON.stringify(template.fills[index]!(states, memo)) + template.parts[index + 1]!;
  }
  return json;
}
