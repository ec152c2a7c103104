import type { ItemStatus } from "../../server/db/generated/enums";
import { IMPORT_LIMITS } from "./import-limits";
import {
  atxHeadingAt,
  closesFence,
  fenceAt,
  indentationOf,
  isThematicBreakAt,
  listMarkerAt,
  referenceDefinitionAt,
  setextLevel,
  taskBoxAt,
  type Fence,
} from "./markdown-lines";
import type { ProblemList } from "./problem-list";
import { referenceKey, type References } from "./read-inline";
import { ANY_SKILL_COMMENT } from "./skill-names";

/*
 * The first pass over a checklist: which line is what (title, section,
 * item and its parent, resource line, description), with the inline text of
 * each, and the link reference definitions. One visit per line, a stack of
 * open list items whose pushes and pops are at most one per line: linear in
 * the file, whatever its nesting or indentation. The second pass
 * (parse-roadmap-markdown.ts) reads the inline text and builds the draft.
 */

export type Block =
  | { kind: "title"; line: number; source: string }
  | { kind: "description"; line: number; source: string }
  | { kind: "commentary"; line: number; source: string }
  | { kind: "section"; line: number; source: string; level: number }
  | { kind: "item"; line: number; source: string; mark: ItemStatus; depth: number; parent: Block | null }
  | { kind: "resources"; line: number; source: string; owner: Block | null };

type ItemBlock = Extract<Block, { kind: "item" }>;

interface Container {
  /** Lines indented at least this far belong inside this list item. */
  contentColumn: number;
  /** The checklist item, or null for a plain bullet. */
  item: ItemBlock | null;
}

const ANY_KEY_COMMENT = /^<!--\s*key\s*:/i;
const GLUED_BOX = /^[-*+]\[[ xX/-]\]/;

export function readBlocks(
  lines: readonly string[],
  problems: ProblemList,
): { blocks: Block[]; references: References } {
  const blocks: Block[] = [];
  const references: References = {};
  let stack: Container[] = [];
  let inSection = false;
  let fence: Fence | null = null;
  let inComment = false;
  /** The block whose paragraph the next non-blank line continues (lazily, as in CommonMark). */
  let open: Block | null = null;
  /** A quote or a refused line is open: its lazy continuation lines are not structure either. */
  let swallowing = false;
  /** The open block ran over IMPORT_LIMITS.lineChars (reported once): its further lines are dropped. */
  let overflowed = false;

  const startBlock = (block: Block) => {
    blocks.push(block);
    open = block;
    swallowing = false;
    overflowed = false;
  };
  const closeItemsAbove = (indent: number) => {
    while (stack.length > 0 && stack.at(-1)!.contentColumn > indent) stack.pop();
  };

  for (let index = 0; index < lines.length && !problems.full; index += 1) {
    readLine(lines[index]!, index + 1);
  }
  return { blocks, references };

  function readLine(raw: string, line: number) {
    if (raw.length > IMPORT_LIMITS.lineChars) {
      problems.add(line, "lineTooLong", { limit: IMPORT_LIMITS.lineChars });
      open = null;
      return;
    }
    if (fence) {
      if (closesFence(raw, fence)) fence = null;
      return;
    }
    if (inComment) {
      if (raw.includes("-->")) inComment = false;
      return;
    }
    const { columns: indent, offset } = indentationOf(raw);
    if (offset === raw.length) {
      open = null;
      swallowing = false;
      return;
    }
    const first = raw[offset];
    const paragraphOpen = open !== null && (open.kind === "description" || open.kind === "commentary");

    if (first === ">") {
      // A quote (an exported note, or commentary): never structure.
      open = null;
      swallowing = true;
      return;
    }
    const opensFence = fenceAt(raw, offset);
    if (opensFence) {
      fence = opensFence;
      open = null;
      swallowing = false;
      return;
    }
    if (raw.startsWith("<!--", offset)) {
      if (ANY_KEY_COMMENT.test(raw.slice(offset))) {
        problems.add(line, "keyCommentAlone");
      } else if (ANY_SKILL_COMMENT.test(raw.slice(offset))) {
        problems.add(line, "skillCommentAlone");
      }
      if (!raw.includes("-->", offset + 4)) inComment = true;
      open = null;
      swallowing = false;
      return;
    }
    if (indent <= 3) {
      if (paragraphOpen && setextLevel(raw)) {
        // The paragraph above was a heading, underlined. An open paragraph is always the last block.
        const heading = open!;
        blocks[blocks.length - 1] = headingBlock(heading.line, heading.source, setextLevel(raw)!);
        afterHeading(blocks.at(-1)!);
        return;
      }
      const heading = atxHeadingAt(raw, offset);
      if (heading) {
        const block = headingBlock(line, heading.text, heading.level);
        blocks.push(block);
        afterHeading(block);
        return;
      }
      if (isThematicBreakAt(raw, offset)) {
        open = null;
        swallowing = false;
        return;
      }
    }

    const marker = listMarkerAt(raw, offset, indent);
    const text = marker ? raw.slice(marker.textOffset) : "";
    // As in CommonMark, only a non-empty bullet item or an item numbered 1 interrupts a paragraph.
    const interrupts =
      marker !== null &&
      text.trim() !== "" &&
      ("-*+".includes(marker.bullet) || Number.parseInt(raw.slice(offset, offset + 10), 10) === 1);
    if (marker && (interrupts || (open === null && !swallowing))) {
      closeItemsAbove(indent);
      const parent = stack.at(-1);
      const box = taskBoxAt(raw, marker.textOffset);
      if (box) readItem(line, raw.slice(box.textOffset), box.mark, marker.contentColumn, parent);
      else readBullet(line, text, marker.contentColumn, parent);
      return;
    }

    if (indent <= 3 && !paragraphOpen && open === null) {
      const definition = referenceDefinitionAt(raw, offset);
      if (definition) {
        references[referenceKey(definition.label)] ??= { href: definition.href, title: "" };
        return;
      }
    }
    if (GLUED_BOX.test(raw.slice(offset))) {
      problems.add(line, "gluedCheckbox");
    }
    if (open) {
      // A paragraph is parsed as one piece of inline markdown: bounded like a line.
      if (overflowed) return;
      if (open.source.length + raw.length >= IMPORT_LIMITS.lineChars) {
        overflowed = true;
        if (open.kind !== "commentary") {
          problems.add(open.line, "textRunsOver", { limit: IMPORT_LIMITS.lineChars, to: line });
        }
        return;
      }
      open.source += `\n${raw.slice(offset)}`;
      return;
    }
    if (swallowing) return;
    closeItemsAbove(indent);
    startBlock({ kind: inSection ? "commentary" : "description", line, source: raw.slice(offset) });
  }

  function headingBlock(line: number, source: string, level: number): Block {
    return level === 1 ? { kind: "title", line, source } : { kind: "section", line, source, level };
  }

  function afterHeading(block: Block) {
    if (block.kind === "section") inSection = true;
    stack = [];
    open = null;
    swallowing = false;
  }

  function readItem(line: number, source: string, mark: ItemStatus, contentColumn: number, parent?: Container) {
    if (parent && parent.item === null) {
      problems.add(line, "nestedUnderNonItem");
      stack.push({ contentColumn, item: null });
      open = null;
      swallowing = true;
      return;
    }
    const depth = parent?.item ? parent.item.depth + 1 : 0;
    if (depth >= IMPORT_LIMITS.depth) {
      problems.add(line, "nestedTooDeep", { limit: IMPORT_LIMITS.depth });
      stack.push({ contentColumn, item: null });
      open = null;
      swallowing = true;
      return;
    }
    if (!inSection) {
      // A plain task list without sections: its items form one section.
      blocks.push({ kind: "section", line, source: "Checklist", level: 2 });
      inSection = true;
    }
    const item: ItemBlock = { kind: "item", line, source, mark, depth, parent: parent?.item ?? null };
    stack.push({ contentColumn, item });
    startBlock(item);
  }

  function readBullet(line: number, source: string, contentColumn: number, parent?: Container) {
    stack.push({ contentColumn, item: null });
    if (parent?.item) startBlock({ kind: "resources", line, source, owner: parent.item });
    else if (!parent && !inSection) startBlock({ kind: "resources", line, source, owner: null });
    else {
      problems.add(line, parent ? "indentedNotChildOrLink" : "notChecklistItem");
      open = null;
      swallowing = true;
    }
  }
}
