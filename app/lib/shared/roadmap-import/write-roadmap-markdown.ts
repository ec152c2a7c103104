import type { ItemStatus, ResourceKind } from "../../db/generated/enums";
import { RESOURCE_KIND_LABEL } from "./resource-kind";

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
}

export interface WritableItem {
  key: string;
  title: string;
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

export function writeRoadmapMarkdown(roadmap: WritableRoadmap, progress?: ProgressToWrite): string {
  const out: string[] = [`# ${escapeHeading(roadmap.title)}`, ""];
  if (roadmap.description) {
    for (const paragraph of roadmap.description.split(/\n{2,}/)) {
      out.push(...paragraph.split("\n").map((line) => escapeLine(line.trim())), "");
    }
  }
  if (roadmap.resources.length > 0) {
    out.push(...roadmap.resources.map((resource) => resourceLine(resource, "")), "");
  }
  for (const section of roadmap.sections) {
    out.push(`## ${escapeHeading(section.title)}`, "");
    const write = (item: WritableItem, indent: string) => {
      const mark = STATUS_MARK[progress?.statusOf(item) ?? "NOT_STARTED"];
      out.push(`${indent}- [${mark}] ${escapeLine(item.title)} <!-- key: ${item.key} -->`);
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

function resourceLine(resource: WritableResource, indent: string): string {
  let text = escapeInline(resource.title);
  // Text that starts like roadmap.sh's `@type@` would be read as a type.
  if (/^@[a-z]+@/i.test(resource.title)) text = `\\${text}`;
  return `${indent}- ${RESOURCE_KIND_LABEL[resource.kind]}: [${text}](${destination(resource.url)})`;
}

function destination(url: string): string {
  let depth = 0;
  let balanced = true;
  for (const char of url) {
    if (char === "(") depth += 1;
    else if (char === ")" && --depth < 0) balanced = false;
  }
  const safe = url.replace(/&(?=#?[a-z0-9]+;)/gi, "\\&");
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
