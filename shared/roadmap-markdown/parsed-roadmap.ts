import type { ItemStatus, ResourceKind } from "../../server/db/generated/enums";

/** A roadmap as parsed from markdown, before it touches the database. */
export interface ParsedRoadmap {
  title: string;
  description: string | null;
  sections: ParsedSection[];
  /** Links that belong to the roadmap as a whole (under the title, before any section). */
  resources: ParsedResource[];
}

export interface ParsedSection {
  key: string;
  title: string;
  /** 1-based line of its heading (of its first item when the file has no heading for it). */
  line?: number;
  items: ParsedItem[];
}

export interface ParsedItem {
  key: string;
  title: string;
  /** 1-based line in the source, for error messages. */
  line: number;
  children: ParsedItem[];
  resources: ParsedResource[];
  /**
   * What the checkbox said: `[ ]` NOT_STARTED, `[x]` DONE, `[/]` IN_PROGRESS,
   * `[-]` SKIPPED (the markers Waymark's markdown export writes). Only a save
   * that asks to restore statuses reads it.
   */
  mark?: ItemStatus;
  /** The skill it claims (`<!-- skill: git -->`, skill-names.ts); absent when it claims none. */
  skill?: string;
}

export interface ParsedResource {
  title: string;
  /** The address as written (checked, never normalised: link-address.ts). */
  url: string;
  kind: ResourceKind;
  /**
   * roadmap.sh's type as written (`paper` in `[@paper@Title](url)`), when it is
   * not the kind's own name: `kind` is then its nearest kind. Absent otherwise.
   */
  writtenType?: string;
  /**
   * The language of the page it links to (`<!-- lang: en -->` on its line, a canonical BCP 47
   * tag) when it is not the roadmap's own; absent otherwise.
   */
  language?: string;
}

export type { RoadmapProblem } from "./problem-messages";

import type { RoadmapProblem } from "./problem-messages";

/** The file's problems. (The test oracle, e2e/support/remark-roadmap-oracle.ts, reports sentences without codes.) */
export class RoadmapParseError<P extends Pick<RoadmapProblem, "line" | "message"> = RoadmapProblem> extends Error {
  override name = "RoadmapParseError";
  constructor(readonly problems: P[]) {
    super(problems.map((problem) => `line ${problem.line}: ${problem.message}`).join("\n"));
  }
}
