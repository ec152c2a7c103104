"use client";

import { useEffect, useState } from "react";
import type { ResourceKind } from "@/server/db/generated/enums";
import { readRoadmapMarkdown } from "@/shared/roadmap-markdown/parse-roadmap-markdown";
import {
  RoadmapParseError,
  type ParsedItem,
  type ParsedResource,
  type ParsedRoadmap,
  type RoadmapProblem,
} from "@/shared/roadmap-markdown/parsed-roadmap";

/** roadmap.sh types that Waymark has no kind for, each with the kind its links were filed under. */
export interface WrittenTypeUse {
  type: string;
  kind: ResourceKind;
  links: number;
}

export interface LocalCheck {
  /** The markdown these results are for. */
  markdown: string;
  problems: RoadmapProblem[];
  /** What the file holds, when it has no problems. */
  summary: {
    title: string;
    sections: number;
    items: number;
    /** The roadmap's size as Waymark writes it, without key pins: what the size limit measures. */
    bytes: number;
    writtenTypes: WrittenTypeUse[];
    /** Every item in reading order, for the skills panel (skill-panel.tsx). */
    outline: ItemOutline[];
  } | null;
}

/** An item as the skills panel needs it: where it is, what it is called, what it claims and links to. */
export interface ItemOutline {
  line: number;
  title: string;
  skill: string | null;
  urls: string[];
}

const DELAY_MS = 250;

/**
 * The importer itself, run in the browser a moment after the learner stops
 * typing: the same problems, with the same lines, as the save would report,
 * without a round trip (the parser is linear and bounded, see
 * shared/roadmap-markdown).
 */
export function useLocalProblems(markdown: string): LocalCheck | null {
  const [check, setCheck] = useState<LocalCheck | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setCheck(checkMarkdown(markdown)), DELAY_MS);
    return () => clearTimeout(timer);
  }, [markdown]);
  return check;
}

export function checkMarkdown(markdown: string): LocalCheck {
  try {
    const { draft, size } = readRoadmapMarkdown(markdown);
    const items = draft.sections.flatMap((section) => section.items.flatMap(withChildren));
    return {
      markdown,
      problems: [],
      summary: {
        title: draft.title,
        sections: draft.sections.length,
        items: items.length,
        bytes: size.bytes,
        writtenTypes: writtenTypes(draft, items),
        outline: items.map((item) => ({
          line: item.line,
          title: item.title,
          skill: item.skill ?? null,
          urls: item.resources.map((resource) => resource.url),
        })),
      },
    };
  } catch (error) {
    if (error instanceof RoadmapParseError) return { markdown, problems: error.problems, summary: null };
    throw error;
  }
}

function withChildren(item: ParsedItem): ParsedItem[] {
  return [item, ...item.children.flatMap(withChildren)];
}

/** Each written type once, in the order of its first link, with the kind of that link and the count. */
function writtenTypes(draft: ParsedRoadmap, items: ParsedItem[]): WrittenTypeUse[] {
  const uses = new Map<string, WrittenTypeUse>();
  const resources: ParsedResource[] = [...draft.resources, ...items.flatMap((item) => item.resources)];
  for (const resource of resources) {
    if (!resource.writtenType) continue;
    const use = uses.get(resource.writtenType);
    if (use) use.links += 1;
    else uses.set(resource.writtenType, { type: resource.writtenType, kind: resource.kind, links: 1 });
  }
  return [...uses.values()];
}
