import { IMPORT_LIMITS, utf8Length } from "./import-limits";
import { checkLinkAddress } from "./link-address";
import { splitLines } from "./markdown-lines";
import { ProblemList } from "./problem-list";
import { roadmapProblem } from "./problem-messages";
import { readBlocks, type Block } from "./read-blocks";
import { readInline, type InlineLink, type References } from "./read-inline";
import { inferResourceKind, resourceKindFromLabel, resourceKindFromRoadmapShType } from "./resource-kind";
import {
  RoadmapParseError,
  type ParsedItem,
  type ParsedResource,
  type ParsedRoadmap,
  type ParsedSection,
} from "./parsed-roadmap";
import { KEY_COMMENT, sectionKey, slugKey } from "./roadmap-keys";
import { isSkillName, SKILL_COMMENT } from "./skill-names";
import { canonicalLanguageTag, LANG_COMMENT } from "./link-language";
import { descriptionParagraphs, writtenSize, type WrittenSize } from "./write-roadmap-markdown";

export { IMPORT_LIMITS };

const KINDS_HINT = "official, article, video, course, book, open source, podcast, interactive";

/**
 * Reads a roadmap written as a markdown checklist:
 *
 * - `# Title`, then an optional description (its links become roadmap resources,
 *   as do plain bullets of links before the first section);
 * - each `## Heading` starts a section (deeper headings too, titled after the
 *   headings above them: "Frontend: HTML"); task items before any section form
 *   one section, "Checklist";
 * - each task line (`- [ ]`, `* [ ]`, `+ [ ]`, `1. [ ]`; `[x]`, `[/]`, `[-]`) is an
 *   item, in order; items indented under an item are its children (any
 *   indentation, tabs or spaces, CommonMark's rules);
 * - links inside an item's line (`[..](..)`, `<..>`, bare http(s) addresses,
 *   reference links) are that item's resources;
 * - plain bullets indented under an item that hold a link add resources to it,
 *   optionally labelled with their kind (`- official: [docs](https://...)`), or
 *   in roadmap.sh's form `[@video@Title](https://...)` with any type (one Waymark
 *   has no kind for is kept as written, filed under the nearest kind); each
 *   address is kept as written (link-address.ts);
 * - `<!-- key: some-key -->` at the end of an item's line pins its key, so a
 *   reworded item keeps learners' progress when the roadmap is saved again;
 * - `<!-- skill: git -->` at the end of an item's line claims a skill
 *   (skill-names.ts), at most one per item;
 * - prose, quotes, code blocks and rules inside sections are commentary.
 *
 * Every problem is reported with its line number, all at once; a file with
 * problems yields nothing. Time and memory are linear in the file, which is
 * refused before anything else when it is over IMPORT_LIMITS.fileBytes; the
 * roadmap's own size (IMPORT_LIMITS.markdownBytes) is measured as Waymark writes
 * it, so that its export, key pins and all, reads back.
 */
export function parseRoadmapMarkdown(markdown: string): ParsedRoadmap {
  return readRoadmapMarkdown(markdown).draft;
}

/** parseRoadmapMarkdown, with the roadmap's size as Waymark writes it (what the limits measure). */
export function readRoadmapMarkdown(markdown: string): { draft: ParsedRoadmap; size: WrittenSize } {
  if (markdown.length > IMPORT_LIMITS.fileBytes || utf8Length(markdown) > IMPORT_LIMITS.fileBytes) {
    throw new RoadmapParseError([roadmapProblem(1, "fileTooLarge", { limit: IMPORT_LIMITS.fileBytes })]);
  }
  const problems = new ProblemList();
  const { blocks, references } = readBlocks(splitLines(markdown), problems);
  // Before any inline markdown is read: the `[` it would read.
  const brackets = countBrackets(blocks);
  if (brackets > IMPORT_LIMITS.brackets) {
    throw new RoadmapParseError([
      roadmapProblem(1, "fileTooManyBrackets", { found: brackets, limit: IMPORT_LIMITS.brackets }),
    ]);
  }
  const builder = new DraftBuilder(problems, references);
  const draft = builder.build(blocks);
  const size = problems.size === 0 ? builder.checkWritten(draft) : { bytes: 0, brackets: 0 };
  problems.throwIfAny();
  return { draft, size };
}

/** `[` in the text the inline parser reads, and each item's checkbox. */
function countBrackets(blocks: readonly Block[]): number {
  let count = 0;
  for (const block of blocks) {
    if (block.kind === "commentary") continue;
    if (block.kind === "item") count += 1;
    const text = block.source;
    for (let index = text.indexOf("["); index !== -1; index = text.indexOf("[", index + 1)) count += 1;
  }
  return count;
}

class DraftBuilder {
  private title: string | undefined;
  private readonly descriptions: string[] = [];
  private readonly resources: ParsedResource[] = [];
  private readonly sections: ParsedSection[] = [];
  private readonly sectionKeys = new Set<string>();
  /** Headings above the current one, by level, for the titles of deeper sections. */
  private readonly headingPath: string[] = [];
  private readonly itemOf = new Map<Block, ParsedItem>();
  /** Item keys seen so far, with the line of each. */
  private readonly keys = new Map<string, number>();
  private resourceCount = 0;
  private tooManyLinks = false;
  /** The description's first line, where a problem of the whole description is reported. */
  private descriptionLine = 1;

  constructor(
    private readonly problems: ProblemList,
    private readonly references: References,
  ) {}

  build(blocks: Block[]): ParsedRoadmap {
    if (!this.withinCounts(blocks)) return this.draft();
    for (let index = 0; index < blocks.length && !this.problems.full && !this.tooManyLinks; index += 1) {
      const block = blocks[index]!;
      if (block.kind === "title") this.readTitle(block);
      else if (block.kind === "description") this.readDescription(block);
      else if (block.kind === "section") this.readSection(block, blocks[index + 1]);
      else if (block.kind === "item") this.readItem(block);
      else if (block.kind === "resources") this.readResources(block);
    }
    if (!this.problems.full && !this.tooManyLinks) this.checkStructure();
    return this.draft();
  }

  private draft(): ParsedRoadmap {
    return {
      title: this.title ?? "",
      description: this.descriptions.filter(Boolean).join("\n\n") || null,
      sections: this.sections,
      resources: this.resources,
    };
  }

  /**
   * What the first pass can count (items, sections, description), checked before
   * any inline markdown is parsed: a file over one of them is refused at once.
   */
  private withinCounts(blocks: Block[]): boolean {
    let items = 0;
    let sections = 0;
    let description = 0;
    for (const block of blocks) {
      if (block.kind === "item") items += 1;
      else if (block.kind === "section") sections += 1;
      else if (block.kind === "description") description += block.source.length;
    }
    const counts = [
      [items, IMPORT_LIMITS.items, "tooManyItems"],
      [sections, IMPORT_LIMITS.sections, "tooManySections"],
      [description, IMPORT_LIMITS.descriptionChars, "descriptionTooLong"],
    ] as const;
    let within = true;
    for (const [found, limit, code] of counts) {
      if (found > limit) {
        this.problems.add(1, code, { limit, found });
        within = false;
      }
    }
    return within;
  }

  private readTitle(block: Block) {
    if (this.title !== undefined) this.problems.add(block.line, "secondTitle");
    else this.title = this.cleanTitle(block.line, readInline(block.source, this.references).text);
  }

  private readDescription(block: Block) {
    if (this.descriptions.length === 0) this.descriptionLine = block.line;
    const inline = readInline(block.source, this.references);
    if (inline.langComments.length > 0) this.misplacedLanguage(block.line);
    this.descriptions.push(inline.text.trim());
    this.resources.push(...this.readLinks(block.line, inline.links));
  }

  private readSection(block: Extract<Block, { kind: "section" }>, next: Block | undefined) {
    const title = this.cleanTitle(block.line, readInline(block.source, this.references).text);
    this.headingPath.length = block.level - 2;
    // A heading right above a deeper one only groups: "Frontend", then "Frontend: HTML".
    if (next?.kind === "section" && next.level > block.level) {
      this.headingPath.push(title);
      return;
    }
    const full = [...this.headingPath.filter(Boolean), title].join(": ");
    this.headingPath.push(title);
    this.sections.push({ key: sectionKey(full, this.sectionKeys), title: full, line: block.line, items: [] });
  }

  private readItem(block: Extract<Block, { kind: "item" }>) {
    const inline = readInline(block.source, this.references);
    const title = this.cleanTitle(block.line, inline.text);
    // A language tag on an item's line names the language of the links in it.
    if (inline.langComments.length > 0 && inline.links.length === 0) this.misplacedLanguage(block.line);
    const pinned = inline.keyComments.length > 0 ? this.pinnedKey(block.line, inline.keyComments) : undefined;
    const item: ParsedItem = {
      key: this.itemKey(block.line, title, pinned),
      title,
      line: block.line,
      children: [],
      resources: this.readLinks(block.line, inline.links),
      mark: block.mark,
    };
    if (inline.langComments.length > 0 && inline.links.length > 0) {
      const language = this.linkLanguage(block.line, inline.langComments);
      if (language) for (const resource of item.resources) resource.language = language;
    }
    const skill = inline.skillComments.length > 0 ? this.claimedSkill(block.line, inline.skillComments) : undefined;
    if (skill) item.skill = skill;
    this.itemOf.set(block, item);
    const parent = block.parent ? this.itemOf.get(block.parent) : undefined;
    if (parent) parent.children.push(item);
    else this.sections.at(-1)?.items.push(item);
  }

  /** `- official: [Title](url)`, `- [Title](url)` or `- [@video@Title](url)`. */
  private readResources(block: Extract<Block, { kind: "resources" }>) {
    const inline = readInline(block.source, this.references);
    if (inline.links.length === 0) {
      this.problems.add(block.line, block.owner ? "indentedNotChildOrLink" : "linksOnlyBeforeSections");
      return;
    }
    const label = inline.textBeforeFirstLink.replace(/[:\s]+$/, "").trim();
    const kind = label ? resourceKindFromLabel(label) : undefined;
    if (label && !kind) {
      this.problems.add(block.line, "unknownResourceKind", { label: label.slice(0, 40), kinds: KINDS_HINT });
      return;
    }
    const links = this.readLinks(block.line, inline.links, kind);
    const language = inline.langComments.length > 0 ? this.linkLanguage(block.line, inline.langComments) : undefined;
    if (language) for (const link of links) link.language = language;
    const owner = block.owner ? this.itemOf.get(block.owner) : undefined;
    if (owner) owner.resources.push(...links);
    else if (!block.owner) this.resources.push(...links);
  }

  private readLinks(line: number, links: InlineLink[], labelled?: ParsedResource["kind"]): ParsedResource[] {
    return links.flatMap((link) => {
      const resource = this.readLink(line, link, labelled);
      return resource ? [resource] : [];
    });
  }

  private readLink(line: number, link: InlineLink, labelled?: ParsedResource["kind"]): ParsedResource | null {
    this.resourceCount += 1;
    if (this.resourceCount > IMPORT_LIMITS.resources) {
      if (!this.tooManyLinks) {
        this.problems.add(line, "tooManyLinks", { limit: IMPORT_LIMITS.resources });
      }
      this.tooManyLinks = true;
      return null;
    }
    const address = checkLinkAddress(link.url);
    if ("problem" in address) {
      this.problems.push(address.problem(line));
      return null;
    }
    const title = link.text.replace(/\s+/g, " ").trim() || address.url.hostname;
    const resource: ParsedResource = {
      title: title.slice(0, IMPORT_LIMITS.titleLength),
      url: link.url,
      kind: labelled ?? inferResourceKind(address.url),
    };
    if (link.roadmapShType) {
      const typed = resourceKindFromRoadmapShType(link.roadmapShType, labelled);
      resource.kind = typed.kind;
      if (typed.writtenType) resource.writtenType = typed.writtenType;
    }
    return resource;
  }

  /**
   * The roadmap as the export writes it must read back within the limits: its
   * size and its `[` (IMPORT_LIMITS.markdownBytes, brackets) and its description,
   * whose markup is escaped there (descriptionChars, and lineChars per paragraph,
   * which the reader checks on the file). Reported on the first line, or the
   * description's.
   */
  checkWritten(draft: ParsedRoadmap): WrittenSize {
    const size = writtenSize(draft);
    if (size.bytes > IMPORT_LIMITS.markdownBytes) {
      this.problems.add(1, "writtenTooLarge", { found: size.bytes, limit: IMPORT_LIMITS.markdownBytes });
    }
    if (size.brackets > IMPORT_LIMITS.brackets) {
      this.problems.add(1, "writtenTooManyBrackets", { found: size.brackets, limit: IMPORT_LIMITS.brackets });
    }
    const paragraphs = descriptionParagraphs(draft.description).map((lines) => lines.join("\n").length);
    if (paragraphs.some((length) => length > IMPORT_LIMITS.lineChars)) {
      this.problems.add(this.descriptionLine, "writtenParagraphTooLong", { limit: IMPORT_LIMITS.lineChars });
    }
    const description = paragraphs.reduce((sum, length) => sum + length, 0);
    if (description > IMPORT_LIMITS.descriptionChars) {
      this.problems.add(this.descriptionLine, "writtenDescriptionTooLong", {
        limit: IMPORT_LIMITS.descriptionChars,
        found: description,
      });
    }
    return size;
  }

  /** `<!-- key: some-key -->`, checked: a malformed pin must not silently fall back to a derived key. */
  private pinnedKey(line: number, comments: string[]): string | undefined {
    const match = comments.length === 1 ? KEY_COMMENT.exec(comments[0]!) : null;
    if (!match) {
      this.problems.add(line, "badKeyComment");
      return undefined;
    }
    const key = match[1]!.toLowerCase();
    if (key.length > IMPORT_LIMITS.keyLength) {
      this.problems.add(line, "keyTooLong", { limit: IMPORT_LIMITS.keyLength });
    }
    return key;
  }

  /** `<!-- lang: es -->` on a resource's line, checked: a misspelt tag must not silently mean the page's language. */
  private linkLanguage(line: number, comments: string[]): string | undefined {
    const tag = comments.length === 1 ? LANG_COMMENT.exec(comments[0]!)?.[1] : undefined;
    const language = tag === undefined ? null : canonicalLanguageTag(tag);
    if (!language) {
      this.problems.add(line, "badLanguageComment");
      return undefined;
    }
    return language;
  }

  private misplacedLanguage(line: number) {
    this.problems.add(line, "misplacedLanguage");
  }

  /** `<!-- skill: git -->`, checked: a misspelt claim must not silently leave the item on its own. */
  private claimedSkill(line: number, comments: string[]): string | undefined {
    if (comments.length > 1) {
      this.problems.add(line, "oneSkillPerItem");
      return undefined;
    }
    const name = SKILL_COMMENT.exec(comments[0]!)?.[1] ?? "";
    if (!isSkillName(name)) {
      this.problems.add(line, "badSkillComment", { limit: IMPORT_LIMITS.skillLength });
      return undefined;
    }
    return name;
  }

  /**
   * An item's key: pinned, or derived from its text. Two items may never share
   * one; numbering duplicates (practice, practice-2) would tie progress to their
   * order, and removing one would move learners' progress to the other.
   */
  private itemKey(line: number, title: string, pinned: string | undefined): string {
    const key = pinned ?? slugKey(title);
    const earlier = this.keys.get(key);
    if (earlier !== undefined) {
      this.problems.add(line, pinned ? "keyTaken" : "keyShared", { key, line: earlier });
    } else this.keys.set(key, line);
    return key;
  }

  private cleanTitle(line: number, raw: string): string {
    const title = raw.replace(/\s+/g, " ").trim();
    if (!title) this.problems.add(line, "noText");
    if (title.length > IMPORT_LIMITS.titleLength) {
      this.problems.add(line, "textTooLong", { limit: IMPORT_LIMITS.titleLength });
    }
    return title;
  }

  private checkStructure() {
    if (this.title === undefined) this.problems.add(1, "noTitle");
    if (this.sections.length === 0) this.problems.add(1, "noSection");
    for (const section of this.sections) {
      if (section.items.length === 0) this.problems.add(section.line ?? 1, "emptySection", { title: section.title });
    }
  }
}
