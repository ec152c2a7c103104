import "server-only";

import type { Token } from "markdown-it";
import { NOTE_LIMITS } from "./note-limits";

const CONTAINERS = new Set(["blockquote_open", "bullet_list_open", "ordered_list_open"]);
const CONTAINER_ENDS = new Set(["blockquote_close", "bullet_list_close", "ordered_list_close"]);
const INLINE_OPENS = new Set(["em_open", "strong_open", "s_open", "link_open"]);
const INLINE_CLOSES = new Set(["em_close", "strong_close", "s_close", "link_close"]);

const format = (count: number) => count.toLocaleString("en-US");

/**
 * What makes a parsed note exceed NOTE_LIMITS, as a sentence for the learner
 * naming the line, or null when it renders within them. One pass over the tokens
 * with explicit stacks (no recursion, so no nesting can overflow it), stopping at
 * the first problem.
 */
export function findNoteLimitProblem(tokens: readonly Token[]): string | null {
  let containers = 0;
  let cells = 0;
  const totals: Totals = { tokens: 0, htmlChars: 0, footnoteReferences: 0 };
  let line = 1;
  for (const token of tokens) {
    if (token.map) line = token.map[0] + 1;
    if (CONTAINERS.has(token.type) && ++containers > NOTE_LIMITS.containerDepth) {
      return `Notes may nest quotes and lists at most ${NOTE_LIMITS.containerDepth} deep (line ${line}).`;
    }
    if (CONTAINER_ENDS.has(token.type)) containers--;
    if ((token.type === "th_open" || token.type === "td_open") && ++cells > NOTE_LIMITS.tableCells) {
      return `Notes may have at most ${format(NOTE_LIMITS.tableCells)} table cells (line ${line}).`;
    }
    const problem = count(token, totals, line) ?? (token.children ? inlineProblem(token.children, totals, line) : null);
    if (problem) return problem;
  }
  return null;
}

interface Totals {
  tokens: number;
  htmlChars: number;
  footnoteReferences: number;
}

function count(token: Token, totals: Totals, line: number): string | null {
  totals.tokens++;
  // Text and attributes as written, plus the tags around them: escaping aside, what the HTML holds.
  totals.htmlChars += token.content.length + (token.tag && !token.hidden ? 2 * token.tag.length + 5 : 0);
  for (const [, value] of token.attrs ?? []) totals.htmlChars += String(value).length;
  if (token.type === "footnote_ref" && ++totals.footnoteReferences > NOTE_LIMITS.footnoteReferences) {
    return `Notes may have at most ${NOTE_LIMITS.footnoteReferences} footnote references (line ${line}).`;
  }
  if (totals.tokens > NOTE_LIMITS.tokens) {
    return `Notes may have at most ${format(NOTE_LIMITS.tokens)} markdown elements (paragraphs, list items, links, emphasis, line breaks…); this one passes that at line ${line}.`;
  }
  if (totals.htmlChars > NOTE_LIMITS.htmlChars) {
    return `Notes may render to at most ${format(NOTE_LIMITS.htmlChars)} characters of HTML; this one passes that at line ${line} (a reference link repeats its target at every use).`;
  }
  return null;
}

/** Inline tokens, walked with a stack: an image's alt text holds inline tokens of its own. */
function inlineProblem(children: readonly Token[], totals: Totals, line: number): string | null {
  const pending: { tokens: readonly Token[]; index: number; depth: number }[] = [
    { tokens: children, index: 0, depth: 0 },
  ];
  while (pending.length > 0) {
    const frame = pending[pending.length - 1]!;
    const token = frame.tokens[frame.index++];
    if (!token) {
      pending.pop();
      continue;
    }
    const problem = count(token, totals, line);
    if (problem) return problem;
    if (INLINE_CLOSES.has(token.type)) {
      frame.depth--;
      continue;
    }
    const altText = token.type === "image" ? token.children : null;
    if (!INLINE_OPENS.has(token.type) && !altText?.length) continue;
    if (frame.depth + 1 > NOTE_LIMITS.inlineDepth) {
      return `Notes may nest emphasis, strikethrough, links and images at most ${NOTE_LIMITS.inlineDepth} deep (line ${line}).`;
    }
    if (altText) pending.push({ tokens: altText, index: 0, depth: frame.depth + 1 });
    else frame.depth++;
  }
  return null;
}
