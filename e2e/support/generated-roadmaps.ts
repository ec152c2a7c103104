import fc from "fast-check";
import type { ItemStatus, ResourceKind } from "../../server/db/generated/enums";
import { roadmapShTypeOf } from "../../shared/roadmap-markdown/resource-kind";
import type {
  WritableItem,
  WritableResource,
  WritableRoadmap,
} from "../../shared/roadmap-markdown/write-roadmap-markdown";

/*
 * Random roadmaps as they can be stored (titles already cleaned of markup and
 * extra whitespace, unique keys, absolute URLs) with a learner's statuses and
 * notes and skill claims, for the export/import round-trip property. Their text is made of the
 * characters markdown reads as markup, so that every one must be escaped.
 */

export interface GeneratedItem extends WritableItem {
  status: ItemStatus;
  children: GeneratedItem[];
}

export interface GeneratedRoadmap extends WritableRoadmap {
  sections: { title: string; items: GeneratedItem[] }[];
  statusByKey: Map<string, ItemStatus>;
  noteByKey: Map<string, string>;
}

const PIECES = [
  "a",
  "Go",
  "SQL",
  " ",
  "  ",
  "é",
  "Ж",
  "中",
  "1",
  "2.",
  "1)",
  "*",
  "**",
  "_",
  "__",
  "~",
  "~~",
  "`",
  "``",
  "[",
  "]",
  "[ ]",
  "[x]",
  "(",
  ")",
  "](",
  "<",
  ">",
  "<b>",
  "<!--",
  "-->",
  "key:",
  "#",
  "##",
  "!",
  "![",
  "&",
  "&amp;",
  "&#42;",
  "\\",
  "@",
  "@video@",
  "https://",
  "://",
  "http://e.com",
  "www.e.com",
  "-",
  "- ",
  "+",
  "=",
  "===",
  "|",
  ":",
  ".",
  "'",
  '"',
  "{",
  "}",
  "$",
  "%",
  "^",
  "?",
  ",",
  ";",
  "/",
];
const KINDS: ResourceKind[] = [
  "OFFICIAL",
  "ARTICLE",
  "VIDEO",
  "COURSE",
  "BOOK",
  "OPENSOURCE",
  "PODCAST",
  "INTERACTIVE",
];
const STATUSES: ItemStatus[] = ["NOT_STARTED", "IN_PROGRESS", "DONE", "SKIPPED"];
// As authors write them: the importer keeps every address as written, never normalised.
const URLS = [
  "https://example.com/a",
  "https://en.wikipedia.org/wiki/Go_(programming_language)",
  "http://example.org/search?q=a&b=c",
  "https://example.com/unbalanced)paren",
  "https://example.com/(open",
  "https://example.com/&amp;x",
  "https://例え.jp/パス",
  "https://example.com/a b",
  "https://example.com/*_[]",
  "https://github.com",
  "HTTPS://Example.COM/A/./b/../c",
  "https://example.com/<x>",
  "http://[::1]:8080/",
];
// roadmap.sh's types: some Waymark has no kind for, some that are another kind's name.
const TYPES = ["paper", "guide", "tool", "dataset", "feed", "docs", "article", "video"];

/** Text as a title is stored: markup characters and all, whitespace collapsed, never empty. */
export const storedText = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 })
  .map((pieces) => pieces.join("").replace(/\s+/g, " ").trim())
  .filter((text) => text.length > 0);

const resource: fc.Arbitrary<WritableResource> = fc
  .record({
    title: storedText,
    url: fc.constantFrom(...URLS),
    kind: fc.constantFrom(...KINDS),
    writtenType: fc.option(fc.constantFrom(...TYPES), { nil: undefined }),
  })
  // A type that is the kind's own name is not kept (it says nothing the kind does not).
  .map(({ writtenType, ...rest }) =>
    writtenType && writtenType !== roadmapShTypeOf(rest.kind) ? { ...rest, writtenType } : rest,
  );

// Skill names at their bounds: one letter, digits, dashes, the longest (40).
const SKILLS = ["git", "sql", "http-basics", "a", "1", "web-apis-2", "s".repeat(40)];

const note = fc
  .array(
    fc.oneof(storedText, fc.constantFrom("", "- [ ] not an item", "```", "<!--", "## not a section", "> quoted")),
    {
      minLength: 1,
      maxLength: 4,
    },
  )
  .map((lines) => lines.join("\n"));

interface Shape {
  title: string;
  status: ItemStatus;
  skill: string | undefined;
  resources: WritableResource[];
  note: string | null;
  children: Shape[];
}

const { item: itemShape } = fc.letrec<{ item: Shape }>((tie) => ({
  item: fc.record({
    title: storedText,
    status: fc.constantFrom(...STATUSES),
    skill: fc.option(fc.constantFrom(...SKILLS), { nil: undefined }),
    resources: fc.array(resource, { maxLength: 2 }),
    note: fc.option(note, { nil: null }),
    children: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc.constant([]),
      fc.array(tie("item"), { maxLength: 2 }),
    ),
  }) as fc.Arbitrary<Shape>,
}));

export function generatedRoadmap(): fc.Arbitrary<GeneratedRoadmap> {
  return fc
    .record({
      title: storedText,
      description: fc.option(
        fc
          .array(fc.array(storedText, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 2 })
          .map((paragraphs) => paragraphs.map((lines) => lines.join("\n")).join("\n\n")),
        { nil: null },
      ),
      resources: fc.array(resource, { maxLength: 2 }),
      sections: fc.array(fc.record({ title: storedText, items: fc.array(itemShape, { minLength: 1, maxLength: 4 }) }), {
        minLength: 1,
        maxLength: 3,
      }),
      keyStyle: fc.constantFrom("k", "é-", "ключ_", "a-b_"),
    })
    .map(({ title, description, resources, sections, keyStyle }) => {
      const statusByKey = new Map<string, ItemStatus>();
      const noteByKey = new Map<string, string>();
      let next = 0;
      const build = (shape: Shape): GeneratedItem => {
        const key = `${keyStyle}${next++}`;
        statusByKey.set(key, shape.status);
        if (shape.note) noteByKey.set(key, shape.note);
        return {
          key,
          title: shape.title,
          status: shape.status,
          ...(shape.skill ? { skill: shape.skill } : {}),
          resources: shape.resources,
          children: shape.children.map(build),
        };
      };
      return {
        title,
        description,
        resources,
        sections: sections.map((section) => ({ title: section.title, items: section.items.map(build) })),
        statusByKey,
        noteByKey,
      };
    });
}
