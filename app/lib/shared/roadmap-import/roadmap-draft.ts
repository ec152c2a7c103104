import type { ResourceKind } from "../../db/generated/enums";

/** A roadmap as parsed from markdown, before it touches the database. */
export interface RoadmapDraft {
  title: string;
  description: string | null;
  sections: SectionDraft[];
  /** Links that belong to the roadmap as a whole (under the title, before any section). */
  resources: ResourceDraft[];
}

export interface SectionDraft {
  key: string;
  title: string;
  items: ItemDraft[];
}

export interface ItemDraft {
  key: string;
  title: string;
  /** 1-based line in the source, for error messages. */
  line: number;
  children: ItemDraft[];
  resources: ResourceDraft[];
}

export interface ResourceDraft {
  title: string;
  url: string;
  kind: ResourceKind;
}

export class RoadmapParseError extends Error {
  override name = "RoadmapParseError";
  constructor(readonly problems: { line: number; message: string }[]) {
    super(problems.map((problem) => `line ${problem.line}: ${problem.message}`).join("\n"));
  }
}
