import type { RoadmapPageData } from "@/shared/roadmap-view";
import type { ItemStatus } from "@/graphql/generated/client/graphql";

export interface ItemRowState {
  status: ItemStatus;
  note: string | null;
  noteHtml: string | null;
}

export type ItemStates = ReadonlyMap<string, ItemRowState>;

export const NOT_STARTED: ItemRowState = { status: "NOT_STARTED", note: null, noteHtml: null };

/**
 * Where the checklist's state lives and how it changes: the browser's storage
 * for guests, Apollo Client's cache (optimistic updates, GraphQL mutations) for
 * learners. Components read it with useSyncExternalStore.
 */
export interface ChecklistStore {
  subscribe(onChange: () => void): () => void;
  getSnapshot(): ItemStates;
  /** What the server rendered; the first client render must match it. */
  getServerSnapshot(): ItemStates;
  /** Shown at once; failures are reported through the store's error callback. */
  setStatus(itemId: string, status: ItemStatus): void;
  /** Resolves once saved; rejects with a message for the learner. */
  saveNote(itemId: string, note: string): Promise<void>;
  /** Shared skills (their status is one on every roadmap) are reset only when asked. */
  resetRoadmap(options?: { resetSharedSkills?: boolean }): Promise<void>;
  /** The skills this roadmap shares with the learner's other roadmaps, and where (what a reset would keep). */
  sharedSkills(): Promise<SharedSkillSummary[]>;
  /** Fresh data from the server (a refresh); items with changes in flight keep what they show. */
  replaceServerData(data: RoadmapPageData): void;
}

export interface SharedSkillSummary {
  name: string;
  title: string;
  /** The other roadmaps' titles. */
  roadmaps: string[];
}

/** What a store says to the learner, in the page's language (useChecklistStore makes them). */
export interface StoreTexts {
  /** A failed request as a sentence (useErrorText: by the error's code). */
  describe(error: unknown): string;
  /** A status that could not be saved, with why. */
  notSaved(title: string, reason: string): string;
  /** The code that saves changes could not be loaded. */
  notLoaded: string;
  /** A guest tried to keep a note, or to reset. */
  signInForNotes: string;
  signInToReset: string;
}

export class StoreError extends Error {
  override name = "StoreError";
}
