import type { ItemStatus, ResourceKind } from "../../server/db/generated/enums";
import { IMPORT_LIMITS, utf8Length } from "./import-limits";
import { RESOURCE_KIND_LABEL } from "./resource-kind";
import { skillPin } from "./skill-names";
import { languagePin } from "./link-language";

/*
 * The other direction: a roadmap back to the checklist the importer reads, so
 * that importing what this writes gives the same roadmap (sections, items,
 * keys, resources): every key pinned, every resource on a labelled line, and
 * text escaped wherever markdown would read it as markup. With a viewer's
 * progress, checkboxes carry their statuses and notes follow as quotes.
 */

export interface WritableResource {
  title: string;
  url: string;
  kind: ResourceKind;
  /** roadmap.sh's type as written when it is not the kind's own name (`paper`): written back as `[@paper@Title](url)`. */
  writtenType?: string | null;
  /** The language of its page when it is not the roadmap's: written back as `<!-- lang: en -->`. */
  language?: string | null;
}

export interface WritableItem {
  key: string;
  title: string;
  /** The skill it claims, written as `<!-- skill: … -->` (content: counted in the written size, pinned or not). */
  skill?: string | null;
  resources: readonly WritableResource[];
  children: readonly WritableItem[];
}

export interface WritableRoadmap {
  title: string;
  description: string | null;
  resources: readonly WritableResource[];
  sections: readonly { title: string; items: readonly WritableItem[] }[];
}

export interface ProgressToWrite {
  statusOf(item: WritableItem): ItemStatus | undefined;
  noteOf(item: WritableItem): string | null | undefined;
}

/** `[ ]` not started, `[x]` done, `[/]` in progress, `[-]` skipped. */
export const STATUS_MARK: Record<ItemStatus, string> = {
  NOT_STARTED: " ",
  DONE: "x",
  IN_PROGRESS: "/",
  SKIPPED: "-",
};

export function writeRoadmapMarkdown(
  roadmap: WritableRoadmap,
  progress?: ProgressToWrite,
  { pinKeys = true }: { pinKeys?: boolean } = {},
): string {
  const out: string[] = [`# ${escapeHeading(roadmap.title)}`, ""];
  for (const paragraph of descriptionParagraphs(roadmap.description)) out.push(...paragraph, "");
  if (roadmap.resources.length > 0) {
    out.push(...roadmap.resources.map((resource) => resourceLine(resource, "")), "");
  }
  for (const section of roadmap.sections) {
    out.push(`## ${escapeHeading(section.title)}`, "");
    const write = (item: WritableItem, indent: string) => {
      const mark = STATUS_MARK[progress?.statusOf(item) ?? "NOT_STARTED"];
      const skill = item.skill ? skillPin(item.skill) : "";
      out.push(`${indent}- [${mark}] ${escapeLine(item.title)}${skill}${pinKeys ? keyPin(item.key) : ""}`);
      const inner = `${indent}  `;
      const note = progress?.noteOf(item);
      if (note) out.push(...note.split(/\r\n|\r|\n/).map((line) => `${inner}>${line ? ` ${line}` : ""}`));
      for (const resource of item.resources) out.push(resourceLine(resource, inner));
      for (const child of item.children) write(child, inner);
    };
    for (const item of section.items) write(item, "");
    out.push("");
  }
  return out.join("\n");
}

/** ` <!-- key: some-key -->`, as the export writes it at the end of an item's line. */
export function keyPin(key: string): string {
  return ` <!-- key: ${key} -->`;
}

/**
 * UTF-8 bytes of the longest key pin: 64 UTF-16 units of at most 3 bytes each
 * (a key's letters may be of any script) between ` <!-- key: ` and ` -->`.
 */
export const MAX_KEY_PIN_BYTES = utf8Length(keyPin("")) + 3 * IMPORT_LIMITS.keyLength;

/** The description as the export writes it: paragraphs of escaped lines. */
export function descriptionParagraphs(description: string | null): string[][] {
  if (!description) return [];
  return description.split(/\n{2,}/).map((paragraph) => paragraph.split("\n").map((line) => escapeLine(line.trim())));
}

export interface WrittenSize {
  /** UTF-8 bytes of the roadmap as the export writes it, without key pins, legend or progress. */
  bytes: number;
  /** Its `[` characters: one per checkbox and per link, and each `[` of its text. */
  brackets: number;
}

/**
 * What the importer's limits measure: the roadmap as Waymark writes it, not the
 * file it was read from. Both are the same for the file and for its export, so
 * that every roadmap Waymark accepts has an export that it accepts again (the
 * export's key pins, legend and notes are not content; IMPORT_LIMITS.fileBytes
 * makes room for them).
 */
export function writtenSize(roadmap: WritableRoadmap): WrittenSize {
  const text = writeRoadmapMarkdown(roadmap, undefined, { pinKeys: false });
  let brackets = 0;
  for (let index = text.indexOf("["); index !== -1; index = text.indexOf("[", index + 1)) brackets += 1;
  return { bytes: utf8Length(text), brackets };
}

function resourceLine(resource: WritableResource, indent: string): string {
  let text = escapeInline(resource.title);
  // Text that starts like roadmap.sh's `@type@` would be read as a type.
  if (/^@[a-z]+@/i.test(resource.title)) text = `\\${text}`;
  // The label names the kind, the type (when there is one) is kept as written.
  if (resource.writtenType) text = `@${resource.writtenType}@${text}`;
  const language = resource.language ? languagePin(resource.language) : "";
  return `${indent}- ${RESOURCE_KIND_LABEL[resource.kind]}: [${text}](${destination(resource.url)})${language}`;
}

function destination(url: string): string {
  let depth = 0;
  let balanced = true;
  for (const char of url) {
    if (char === "(") depth += 1;
    else if (char === ")" && --depth < 0) balanced = false;
  }
  // As written: only what markdown would read as an escape or an entity is escaped.
  const safe = url.replace(/[\\<>]/g, "\\$&").replace(/&(?=#?[a-z0-9]+;)/gi, "\\&");
  return balanced && depth === 0 && !/\s/.test(url) ? safe : `<${safe}>`;
}

/** Markup inside a line: emphasis, code, links, HTML, entities, bare links. */
export function escapeInline(text: string): string {
  return text
    .replace(/[\\`*_[\]<>~]/g, "\\$&")
    .replace(/&(?=#?[a-z0-9]+;)/gi, "\\&")
    .replace(/:\/\//g, "\\://");
}

/** A line's own text, and what markdown would read at its start (lists, quotes, headings, rules). */
export function escapeLine(text: string): string {
  const escaped = escapeInline(text);
  if (/^[#+\-=|]/.test(escaped)) return `\\${escaped}`;
  const ordered = /^(\d+)([.)])/.exec(escaped);
  return ordered ? `${ordered[1]}\\${escaped.slice(ordered[1]!.length)}` : escaped;
}

function escapeHeading(text: string): string {
  const escaped = escapeLine(text);
  return escaped.endsWith("#") && !escaped.endsWith("\\#") ? `${escaped.slice(0, -1)}\\#` : escaped;
}
