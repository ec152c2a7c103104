import type { Link, List, ListItem, PhrasingContent, Root, RootContent } from "mdast";
import { slug } from "github-slugger";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { inferResourceKind, resourceKindFromLabel } from "../../shared/roadmap-markdown/resource-kind";
import {
  RoadmapParseError,
  type ParsedItem,
  type ParsedResource,
  type ParsedRoadmap,
  type ParsedSection,
} from "../../shared/roadmap-markdown/parsed-roadmap";

const IMPORT_LIMITS = { items: 5000, titleLength: 300, keyLength: 64, markdownBytes: 1_000_000 };

const KEY_COMMENT = /^<!--\s*key:\s*([a-z0-9][a-z0-9-]*)\s*-->$/i;
const ANY_KEY_COMMENT = /^<!--\s*key\s*:/i;

/**
 * The importer as it was before the line-based parser (remark and remark-gfm),
 * kept as an oracle: tests compare what the new parser reads from ordinary
 * checklists with what this one read, so that keys derived from titles, and
 * with them learners' progress, survive the change of parser.
 *
 * Reads a roadmap written as a markdown checklist:
 *
 * - `# Title`, then an optional description paragraph (its links become roadmap resources);
 * - each `## Heading` starts a section;
 * - each `- [ ] text` line is an item, in order; indented `- [ ]` lines are child items;
 * - links inside an item's line are that item's resources;
 * - indented plain bullets that hold a link add resources to the item above, optionally
 *   labelled with their kind: `- official: [PostgreSQL docs](https://...)`;
 * - `<!-- key: some-key -->` at the end of an item line pins its key, so a reworded item
 *   keeps learners' progress when the roadmap is imported again.
 *
 * Every problem is reported with its line number, all at once.
 */
export function parseWithRemark(markdown: string): ParsedRoadmap {
  if (Buffer.byteLength(markdown) > IMPORT_LIMITS.markdownBytes) {
    throw new RoadmapParseError([{ line: 1, message: `the file is larger than ${IMPORT_LIMITS.markdownBytes} bytes` }]);
  }
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  return new Reader().read(tree);
}

class Reader {
  private problems: { line: number; message: string }[] = [];
  /** Item keys seen so far, with the line of each. */
  private keys = new Map<string, number>();
  private itemCount = 0;

  read(tree: Root): ParsedRoadmap {
    let title: string | undefined;
    const descriptions: string[] = [];
    const resources: ParsedResource[] = [];
    const sections: ParsedSection[] = [];
    const sectionKeys = new Set<string>();

    for (const node of tree.children) {
      const current = sections.at(-1);
      if (node.type === "heading" && node.depth === 1) {
        if (title !== undefined) this.problem(node, "only one `#` title is allowed");
        title = this.cleanTitle(node, toString(node));
      } else if (node.type === "heading" && node.depth === 2) {
        const sectionTitle = this.cleanTitle(node, toString(node));
        const key = uniqueKey(slug(sectionTitle).slice(0, IMPORT_LIMITS.keyLength) || "section", sectionKeys);
        sections.push({ key, title: sectionTitle, items: [] });
      } else if (node.type === "heading") {
        this.problem(node, "use `##` for section headings (deeper headings are not supported)");
      } else if (node.type === "list") {
        if (current) current.items.push(...this.readItems(node));
        else resources.push(...this.readResourceList(node, "before the first `##` section"));
      } else if (node.type === "paragraph" && !current) {
        descriptions.push(toString(node).trim());
        resources.push(...this.linksIn(node.children));
      }
      // Other prose inside a section (paragraphs, quotes, code) is commentary, not structure.
    }

    if (title === undefined) this.problems.unshift({ line: 1, message: "the roadmap needs a `# Title` heading" });
    if (sections.length === 0) this.problems.push({ line: 1, message: "the roadmap needs at least one `## Section`" });
    for (const section of sections) {
      if (section.items.length === 0)
        this.problems.push({ line: 1, message: `section "${section.title}" has no \`- [ ]\` items` });
    }
    if (this.itemCount > IMPORT_LIMITS.items) {
      this.problems.push({
        line: 1,
        message: `a roadmap may hold at most ${IMPORT_LIMITS.items} items (found ${this.itemCount})`,
      });
    }
    if (this.problems.length > 0) throw new RoadmapParseError(this.problems);
    return { title: title ?? "", description: descriptions.filter(Boolean).join("\n\n") || null, sections, resources };
  }

  private readItems(list: List): ParsedItem[] {
    const items: ParsedItem[] = [];
    for (const entry of list.children) {
      if (isTask(entry)) items.push(this.readItem(entry));
      else this.problem(entry, "not a checklist item: write it as `- [ ] text`");
    }
    return items;
  }

  private readItem(entry: ListItem): ParsedItem {
    this.itemCount += 1;
    const [head, ...rest] = entry.children;
    const paragraph = head?.type === "paragraph" ? head : undefined;
    const phrasing = paragraph?.children ?? [];
    const keyComments = phrasing.flatMap((node) =>
      node.type === "html" && ANY_KEY_COMMENT.test(node.value.trim()) ? [node.value.trim()] : [],
    );
    const explicitKey = keyComments.length > 0 ? this.pinnedKey(entry, keyComments) : undefined;
    const title = this.cleanTitle(entry, toString(phrasing.filter((node) => node.type !== "html")));
    const item: ParsedItem = {
      key: this.itemKey(entry, title, explicitKey),
      title,
      line: line(entry),
      children: [],
      resources: this.linksIn(phrasing),
    };
    for (const block of rest) {
      if (block.type !== "list") continue;
      for (const child of block.children) {
        if (isTask(child)) item.children.push(this.readItem(child));
        else item.resources.push(...this.readResourceLine(child));
      }
    }
    return item;
  }

  private readResourceList(list: List, where: string): ParsedResource[] {
    return list.children.flatMap((entry) => {
      if (isTask(entry)) {
        this.problem(entry, `checklist item ${where}: add a \`## Section\` heading above it`);
        return [];
      }
      return this.readResourceLine(entry);
    });
  }

  /** `- official: [Title](url)` or `- [Title](url)`. */
  private readResourceLine(entry: ListItem): ParsedResource[] {
    const paragraph = entry.children[0];
    const links = paragraph?.type === "paragraph" ? this.linksIn(paragraph.children) : [];
    if (!paragraph || paragraph.type !== "paragraph" || links.length === 0) {
      this.problem(entry, "an indented line must be a `- [ ]` child item or a link to a resource");
      return [];
    }
    const firstLink = paragraph.children.findIndex((node) => node.type === "link");
    const label = toString(paragraph.children.slice(0, firstLink))
      .replace(/[:\s]+$/, "")
      .trim();
    if (!label) return links;
    const kind = resourceKindFromLabel(label);
    if (!kind) {
      this.problem(
        entry,
        `unknown resource kind "${label}" (use official, article, video, course, book, open source, podcast or interactive)`,
      );
      return [];
    }
    return links.map((link) => ({ ...link, kind }));
  }

  private linksIn(nodes: PhrasingContent[]): ParsedResource[] {
    const links: ParsedResource[] = [];
    const visit = (node: PhrasingContent) => {
      if (node.type === "link") links.push(...this.readLink(node));
      else if ("children" in node) node.children.forEach(visit);
    };
    nodes.forEach(visit);
    return links;
  }

  private readLink(link: Link): ParsedResource[] {
    let url: URL;
    try {
      url = new URL(link.url);
    } catch {
      this.problem(link, `"${link.url}" is not an absolute URL`);
      return [];
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      this.problem(link, `only http and https links are allowed (found ${url.protocol})`);
      return [];
    }
    const title = toString(link).trim() || url.hostname;
    // The address as written, as the importer keeps it.
    return [{ title: title.slice(0, IMPORT_LIMITS.titleLength), url: link.url, kind: inferResourceKind(url) }];
  }

  /** `<!-- key: some-key -->`, checked: a malformed pin must not silently fall back to a derived key. */
  private pinnedKey(node: ListItem, comments: string[]): string | undefined {
    const match = comments.length === 1 ? KEY_COMMENT.exec(comments[0]!) : null;
    if (!match) {
      this.problem(
        node,
        "a key comment must read `<!-- key: some-key -->` (lowercase letters, digits, dashes), once per item",
      );
      return undefined;
    }
    const key = match[1]!.toLowerCase();
    if (key.length > IMPORT_LIMITS.keyLength) {
      this.problem(node, `a key may be at most ${IMPORT_LIMITS.keyLength} characters`);
    }
    return key;
  }

  /**
   * An item's key: pinned, or derived from its text. Two items may never share
   * one; numbering duplicates (practice, practice-2) would tie progress to their
   * order, and removing one would move learners' progress to the other.
   */
  private itemKey(node: ListItem, title: string, pinned: string | undefined): string {
    const key = pinned ?? slugKey(title);
    const earlier = this.keys.get(key);
    if (earlier !== undefined) {
      this.problem(
        node,
        pinned
          ? `the key "${key}" is already used on line ${earlier}`
          : `this item would share the key "${key}" with line ${earlier}: pin a key on one of them with \`<!-- key: some-key -->\``,
      );
    }
    this.keys.set(key, line(node));
    return key;
  }

  private cleanTitle(node: RootContent | ListItem, raw: string): string {
    const title = raw.replace(/\s+/g, " ").trim();
    if (!title) this.problem(node, "this line has no text");
    if (title.length > IMPORT_LIMITS.titleLength) {
      this.problem(node, `text longer than ${IMPORT_LIMITS.titleLength} characters`);
    }
    return title;
  }

  private problem(node: { position?: { start: { line: number } } }, message: string) {
    this.problems.push({ line: line(node), message });
  }
}

function isTask(entry: ListItem): boolean {
  return entry.checked === true || entry.checked === false;
}

function line(node: { position?: { start: { line: number } } }): number {
  return node.position?.start.line ?? 1;
}

/** A readable key from a title, cut at a word boundary. */
function slugKey(title: string): string {
  const full = slug(title);
  if (full.length <= IMPORT_LIMITS.keyLength) return full || "item";
  const cut = full.slice(0, IMPORT_LIMITS.keyLength);
  return cut.slice(0, Math.max(cut.lastIndexOf("-"), 16)).replace(/-+$/, "");
}

function uniqueKey(base: string, taken: Set<string>): string {
  let key = base;
  for (let n = 2; taken.has(key); n += 1) key = `${base}-${n}`;
  taken.add(key);
  return key;
}
