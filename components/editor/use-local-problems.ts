"use client";

import { useEffect, useState } from "react";
import { parseRoadmapMarkdown } from "@/app/lib/shared/roadmap-import/parse-roadmap-markdown";
import { RoadmapParseError, type RoadmapProblem } from "@/app/lib/shared/roadmap-import/roadmap-draft";

export interface LocalCheck {
  /** The markdown these results are for. */
  markdown: string;
  problems: RoadmapProblem[];
  /** What the file holds, when it has no problems. */
  summary: { title: string; sections: number; items: number } | null;
}

const DELAY_MS = 250;

/**
 * The importer itself, run in the browser a moment after the learner stops
 * typing: the same problems, with the same lines, as the save would report,
 * without a round trip (the parser is linear and bounded, see
 * app/lib/shared/roadmap-import).
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
    const draft = parseRoadmapMarkdown(markdown);
    let items = 0;
    const count = (list: { children: unknown[] }[]): void =>
      list.forEach((item) => {
        items += 1;
        count(item.children as { children: unknown[] }[]);
      });
    draft.sections.forEach((section) => count(section.items));
    return { markdown, problems: [], summary: { title: draft.title, sections: draft.sections.length, items } };
  } catch (error) {
    if (error instanceof RoadmapParseError) return { markdown, problems: error.problems, summary: null };
    throw error;
  }
}
