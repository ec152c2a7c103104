import type { ItemStatus, ResourceKind } from "../server/db/generated/enums";

/*
 * What the roadmap page's server component hands its client components: plain,
 * serialisable data, built by services/roadmaps/content/roadmap-page-data.ts.
 */

export interface ItemView {
  id: string;
  key: string;
  title: string;
  resources: {
    id: string;
    title: string;
    url: string;
    kind: ResourceKind;
    writtenType: string | null;
    /** The language of the page it links to, when not the one the roadmap is shown in (a tag shows it). */
    language: string | null;
  }[];
  children: ItemView[];
  /** The skill it claims (its status is the learner's on the skill), or null. */
  skill?: string | null;
}

/**
 * Where the learner set the status an item shows, when it came through its skill from
 * another item they may see: "Done on Backend Development Roadmap, 3 Nov".
 */
export interface SkillSourceView {
  itemId: string;
  roadmapSlug: string;
  roadmapTitle: string;
  status: ItemStatus;
  /** The day it was set, written in the viewer's time zone on the server (no hydration mismatch). */
  day: string;
}

/** A learner's note on another item claiming the same skill, and where that item is. */
export interface SkillNoteView {
  itemId: string;
  roadmapSlug: string;
  roadmapTitle: string;
  /** Sanitised on the server. */
  html: string;
}

export interface ItemState {
  status: ItemStatus;
  statusUpdatedAt: string | null;
  note: string | null;
  noteHtml: string | null;
}

export interface RoadmapPageData {
  roadmap: { id: string; slug: string; title: string; description: string | null };
  resources: ItemView["resources"];
  sections: { id: string; key: string; title: string; items: ItemView[] }[];
  /** The viewer's state per item id; empty for guests (their progress lives in the browser). */
  states: Record<string, ItemState>;
  /** Per item id, where a status that came through its skill was set (learners only). */
  skillSources?: Record<string, SkillSourceView>;
  /** Per item id claiming a skill, the learner's notes on other items claiming it (learners only). */
  skillNotes?: Record<string, SkillNoteView[]>;
}
