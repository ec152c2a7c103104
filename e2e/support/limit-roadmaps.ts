import type { ItemStatus, ResourceKind } from "../../server/db/generated/enums";
import { IMPORT_LIMITS } from "../../shared/roadmap-markdown/import-limits";
import {
  writtenSize,
  type WritableItem,
  type WritableResource,
  type WritableRoadmap,
} from "../../shared/roadmap-markdown/write-roadmap-markdown";

/*
 * Roadmaps at the importer's limits, as they are stored (titles cleaned, keys
 * unique, addresses as written), for the tests that export them and import the
 * export again (unit, integration over HTTP). Their text is the dearest there
 * is: characters the export must escape, letters of two, three and four bytes,
 * quotes and backslashes (two bytes in JSON), control characters (six), and
 * roadmap.sh's types.
 *
 * - atItemLimit: 5,000 items nested up to 8 deep, every key pinned at the
 *   longest (64 letters of three bytes), a link on each, and the roadmap as
 *   Waymark writes it exactly IMPORT_LIMITS.markdownBytes: the largest export
 *   there can be.
 * - atByteLimit: fewer, longer items (300-character titles, 2,048-character
 *   addresses, the longest description), keys derived from the titles (none
 *   pinned: its export pins them all), exactly IMPORT_LIMITS.markdownBytes.
 */

export interface LimitItem extends WritableItem {
  status: ItemStatus;
  children: LimitItem[];
}

export interface LimitRoadmap extends WritableRoadmap {
  sections: { title: string; items: LimitItem[] }[];
}

const PIECES = [
  "*",
  "_",
  "[",
  "]",
  "\\",
  "`",
  "<",
  ">",
  "&amp;",
  "://",
  '"',
  "'",
  "é",
  "Ж",
  "中",
  "😀",
  "\u0001",
  "\u007f",
  "~",
  "#",
  "|",
  "(",
  ")",
];
const STATUSES: ItemStatus[] = ["NOT_STARTED", "DONE", "IN_PROGRESS", "SKIPPED"];
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
const TYPES = ["paper", "guide", "tool", "platform", "dataset", "conference", "standard", null, null, null];

/** Addresses as authors write them, none of them normalised. */
export const AS_WRITTEN_URLS = [
  "https://github.com",
  "HTTPS://Example.COM/Path?q=A&amp;b=c",
  "https://例え.jp/パス",
  "https://example.com/a b",
  "https://en.wikipedia.org/wiki/Go_(programming_language)",
  "https://example.com/unbalanced)paren",
  "https://example.com/<angle>",
  "http://[::1]:8080/x",
  "https://example.com/%7Euser/./a/../b",
];

/** `length` UTF-16 units of the dearest text, starting at piece `seed`, never starting or ending with a space. */
function worstText(seed: number, length: number): string {
  let text = "";
  for (let index = seed; text.length < length; index += 1) text += PIECES[index % PIECES.length];
  return text.slice(0, length).replace(/[\uD800-\uDBFF]$/, "x");
}

/** A key of 64 letters of three bytes each, unique by its last five. */
function longestKey(index: number): string {
  const digits = String(index).padStart(5, "0");
  return (
    "中".repeat(IMPORT_LIMITS.keyLength - 5) + [...digits].map((d) => String.fromCharCode(0x4e00 + Number(d))).join("")
  );
}

function resourceFor(index: number, url: string, titleLength: number): WritableResource {
  const writtenType = TYPES[index % TYPES.length];
  return {
    title: worstText(index, titleLength).trim() || "t",
    url,
    kind: KINDS[index % KINDS.length]!,
    ...(writtenType ? { writtenType } : {}),
  };
}

/** Adds `bytes` bytes to the roadmap as written, an `x` at the end of one title after another. */
function padTo(roadmap: LimitRoadmap, bytes: number): void {
  let missing = bytes - writtenSize(roadmap).bytes;
  if (missing < 0) throw new Error(`the generated roadmap is ${-missing} bytes over ${bytes}`);
  const items = roadmap.sections.flatMap((section) =>
    section.items.flatMap(function all(item): LimitItem[] {
      return [item, ...item.children.flatMap(all)];
    }),
  );
  for (const item of items) {
    if (missing === 0) break;
    const room = Math.min(IMPORT_LIMITS.titleLength - item.title.length, missing);
    if (room <= 0) continue;
    item.title += "x".repeat(room);
    missing -= room;
  }
  if (missing > 0) throw new Error(`no room left in the titles for ${missing} bytes`);
}

/** 5,000 items, chains 8 deep, the longest keys pinned, exactly IMPORT_LIMITS.markdownBytes as written. */
export function atItemLimit(): LimitRoadmap {
  let next = 0;
  // A chain of items, each the child of the one before, up to 8 deep (7 chains in 10 go deep).
  const chain = (depth: number): LimitItem => {
    const index = next++;
    const deeper = depth < IMPORT_LIMITS.depth - 1 && index % 10 < 7 && next < IMPORT_LIMITS.items;
    return {
      key: longestKey(index),
      title: `${index} ${worstText(index, 30)}`,
      status: STATUSES[index % STATUSES.length]!,
      resources: [resourceFor(index, AS_WRITTEN_URLS[index % AS_WRITTEN_URLS.length]!, 12)],
      children: deeper ? [chain(depth + 1)] : [],
    };
  };
  const sections: LimitRoadmap["sections"] = [];
  for (let section = 0; next < IMPORT_LIMITS.items; section += 1) {
    const first = next;
    const items: LimitItem[] = [];
    while (next < IMPORT_LIMITS.items && next - first < 100) items.push(chain(0));
    sections.push({ title: `${section} ${worstText(section, 20)}`, items });
  }
  const roadmap: LimitRoadmap = {
    title: `At the item limit ${worstText(0, 40)}`,
    description: `${worstText(3, 200)}\n${worstText(5, 100)}\n\n${worstText(7, 300)}`,
    resources: AS_WRITTEN_URLS.map((url, index) => resourceFor(index, url, 40)),
    sections,
  };
  padTo(roadmap, IMPORT_LIMITS.markdownBytes);
  return roadmap;
}

/** Long titles and addresses, the longest description, keys to be derived: exactly IMPORT_LIMITS.markdownBytes. */
export function atByteLimit(): LimitRoadmap {
  // A paragraph whose 2,000 markup characters are written escaped, at 4,000: the longest that reads back.
  const paragraph = (seed: number) => "*_".repeat(1_000).slice(seed % 2, 2_000 + (seed % 2));
  const roadmap: LimitRoadmap = {
    title: `At the byte limit ${worstText(1, 280)}`,
    description: [paragraph(0), paragraph(1), `${worstText(2, 500)}`].join("\n\n"),
    resources: [resourceFor(1, `https://example.com/${"a".repeat(IMPORT_LIMITS.urlLength - 20)}`, 300)],
    sections: [],
  };
  let index = 0;
  const limit = IMPORT_LIMITS.markdownBytes - 40_000;
  // The export is written section after section: a roadmap's size is the sum of theirs.
  const alone = (sections: LimitRoadmap["sections"]) =>
    writtenSize({ title: "", description: null, resources: [], sections }).bytes;
  let size = writtenSize(roadmap).bytes;
  for (let section = 0; size < limit; section += 1) {
    const items: LimitItem[] = [];
    for (let n = 0; n < 20; n += 1, index += 1) {
      const url =
        index % 7 === 0
          ? `https://example.com/${index}/${"b".repeat(IMPORT_LIMITS.urlLength - 30)}`
          : AS_WRITTEN_URLS[index % AS_WRITTEN_URLS.length]!;
      items.push({
        key: "", // derived from the title by the importer
        title: `${index} ${worstText(index, IMPORT_LIMITS.titleLength - 60)}`,
        status: STATUSES[index % STATUSES.length]!,
        resources: [resourceFor(index, url, 200), resourceFor(index + 1, AS_WRITTEN_URLS[0]!, 20)],
        children:
          index % 3 === 0
            ? [
                {
                  key: "",
                  title: `${index} child ${worstText(index + 5, 100)}`,
                  status: "DONE",
                  resources: [],
                  children: [],
                },
              ]
            : [],
      });
    }
    size += alone([{ title: `Part ${section}`, items }]) - alone([]);
    roadmap.sections.push({ title: `Part ${section}`, items });
  }
  padTo(roadmap, IMPORT_LIMITS.markdownBytes);
  return roadmap;
}
