import type { ResourceKind, RoadmapVisibility } from "../../../db/generated/enums";

/*
 * The shape of a roadmap's content as the service layer hands it out: read by
 * roadmap-rows.ts, cached and served by roadmap-content.ts.
 */

export interface ResourceNode {
  id: string;
  title: string;
  /** As its author wrote it. */
  url: string;
  kind: ResourceKind;
  /** roadmap.sh's type as written when it is not the kind's own name (`paper`); null otherwise. */
  writtenType: string | null;
  /** The language of the page it links to (`<!-- lang: en -->`); null: the language the roadmap is shown in. */
  language: string | null;
}

/** An item as stored. */
export interface ItemRow {
  id: string;
  roadmapId: string;
  sectionId: string;
  parentId: string | null;
  key: string;
  title: string;
  position: number;
  /** The skill it claims (`<!-- skill: git -->`), or null. */
  skill: string | null;
}

export interface ItemNode extends ItemRow {
  children: ItemNode[];
  resources: ResourceNode[];
}

export interface SectionNode {
  id: string;
  roadmapId: string;
  key: string;
  title: string;
  position: number;
  /** Top-level items, each with its children. */
  items: ItemNode[];
  /** Every item of the section, nested ones included, in reading order. */
  allItems: ItemNode[];
}

export interface RoadmapSummary {
  id: string;
  /** `backend` for a built-in roadmap, `<owner's login>/<name>` for a learner's. */
  slug: string;
  title: string;
  description: string | null;
  updatedAt: Date;
  visibility: RoadmapVisibility;
  /** Null for built-in roadmaps. */
  ownerId: string | null;
  ownerLogin: string | null;
  /** The roadmap it was forked from, while that exists (see forkOrigin for what the viewer may know of it). */
  forkedFromId: string | null;
  /** Whether it is a fork, even of a roadmap since deleted. */
  isFork: boolean;
  /** The language its title, description and content are served in (a BCP 47 tag). */
  language: string;
  /** The language it is written in: `language` unless this is a translation. */
  originalLanguage: string;
}

/** A translation of a roadmap (issue 25), as its page and the API list them. */
export interface TranslationSummary {
  language: string;
  title: string;
  /** Live items of the original it has no text for (the original has grown since). */
  missingItems: number;
  updatedAt: Date;
}

/** A roadmap's whole tree, read in four statements whatever its size. */
export interface RoadmapContent {
  roadmap: RoadmapSummary;
  sections: SectionNode[];
  /** Every live item in reading order. */
  items: ItemNode[];
  itemById: Map<string, ItemNode>;
  resources: ResourceNode[];
  /** Its translations, by language. */
  translations: TranslationSummary[];
}
