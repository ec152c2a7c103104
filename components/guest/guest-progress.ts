import { useSyncExternalStore } from "react";
import { computeCompletion, type Completion } from "@/shared/completion";
import type { ItemStatus } from "@/graphql/generated/client/graphql";
import { followSkills, withGuestChange, type PageItem } from "./guest-skills";

/*
 * A visitor's progress, kept in this browser until they sign in (then it is
 * merged into their account and cleared). The one module that reads or writes
 * it: the checklist, the home page's cards, the dashboard and the merge after
 * sign-in all go through here, and count with the one completion rule over the
 * items the server says are live, so every page shows the same numbers.
 */

export interface GuestEntry {
  status: ItemStatus;
  updatedAt: string;
  roadmapId: string;
  /** The skill the item claims (its status is the skill's: guest-skills.ts). */
  skill?: string;
  /** Set on a copy of a skill's status: the item the visitor acted on (copies are not sent at sign-in). */
  via?: string;
}

/** Keyed by item id; the roadmap id lets pages count per roadmap without the server. */
export type GuestProgress = Readonly<Record<string, GuestEntry>>;

const KEY = "waymark:guest-progress:v1";
const EVENT = "waymark:guest-progress";
const STATUSES: readonly string[] = ["NOT_STARTED", "IN_PROGRESS", "DONE", "SKIPPED"];
const EMPTY: GuestProgress = Object.freeze({});

function isEntry(value: unknown): value is GuestEntry {
  const entry = value as Partial<GuestEntry> | null;
  return (
    typeof entry === "object" &&
    entry !== null &&
    typeof entry.status === "string" &&
    STATUSES.includes(entry.status) &&
    typeof entry.roadmapId === "string" &&
    typeof entry.updatedAt === "string" &&
    !Number.isNaN(Date.parse(entry.updatedAt)) &&
    (entry.skill === undefined || typeof entry.skill === "string") &&
    (entry.via === undefined || typeof entry.via === "string")
  );
}

/** Stored progress; entries that are unreadable (edited by hand, from an old version) are left out. */
export function parseGuestProgress(json: string): GuestProgress {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return EMPTY;
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return EMPTY;
  return Object.fromEntries(Object.entries(parsed).filter(([, entry]) => isEntry(entry))) as GuestProgress;
}

function storedJson(): string {
  return localStorage.getItem(KEY) ?? "{}";
}

let parsedJson = "";
let parsed: GuestProgress = EMPTY;

/** The current progress; the same object until the storage changes (a stable snapshot for React). */
export function readGuestProgress(): GuestProgress {
  const json = storedJson();
  if (json !== parsedJson) {
    parsedJson = json;
    parsed = parseGuestProgress(json);
  }
  return parsed;
}

function store(all: Record<string, GuestEntry>): void {
  if (Object.keys(all).length === 0) localStorage.removeItem(KEY);
  else localStorage.setItem(KEY, JSON.stringify(all));
  window.dispatchEvent(new Event(EVENT));
}

/**
 * Sets a status; an item claiming a skill (`skill`) copies it to the other items claiming it
 * (the page's, `pageItems`, and those the visitor has entries on).
 */
export function writeGuestStatus(
  itemId: string,
  roadmapId: string,
  status: ItemStatus,
  { skill = null, pageItems = [] }: { skill?: string | null; pageItems?: readonly PageItem[] } = {},
): void {
  const at = new Date();
  // Review follows the status, as on the server (issue 23): DONE enters it, anything else leaves it.
  // Loaded on demand: the scheduler stays out of the checklist's bundle until a guest ticks.
  void import("./guest-review").then(({ followGuestStatus }) => followGuestStatus(itemId, roadmapId, status, at));
  store(withGuestChange(readGuestProgress(), { itemId, roadmapId, status, at: at.toISOString(), skill }, pageItems));
}

/** A followed roadmap on screen catches up with the visitor's skills (see guest-skills.ts). */
export function followGuestSkills(roadmapId: string, pageItems: readonly PageItem[]): void {
  const next = followSkills(readGuestProgress(), roadmapId, pageItems);
  if (next) store(next);
}

/** What sign-in hands to the account: the visitor's own changes, not the copies of a skill's status. */
export function guestEntriesToMerge(
  progress: GuestProgress,
): { itemId: string; status: ItemStatus; updatedAt: string }[] {
  return Object.entries(progress)
    .filter(([, entry]) => !entry.via)
    .map(([itemId, entry]) => ({ itemId, status: entry.status, updatedAt: entry.updatedAt }));
}

/** Forgets the entries that were handed to the account, but not changes made since (in another tab). */
export function clearGuestEntries(sent: GuestProgress): void {
  const all = { ...readGuestProgress() };
  for (const [itemId, entry] of Object.entries(sent)) {
    if (all[itemId]?.updatedAt === entry.updatedAt) delete all[itemId];
  }
  // Copies of a skill's status go with the change they copy (the account now has it).
  for (const [itemId, entry] of Object.entries(all)) {
    if (entry.via && sent[entry.via]?.updatedAt === entry.updatedAt) delete all[itemId];
  }
  store(all);
}

/** For useSyncExternalStore: changes in this tab and in other tabs. */
export function subscribeGuestProgress(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY) onChange();
  };
  window.addEventListener(EVENT, onChange);
  window.addEventListener("storage", onStorage);
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener("storage", onStorage);
  };
}

/** The progress, kept current; empty during server rendering (the server cannot see it). */
export function useGuestProgress(): GuestProgress {
  return useSyncExternalStore(subscribeGuestProgress, readGuestProgress, () => EMPTY);
}

/** A status lookup over the progress, for the completion rule. */
export function guestStatusOf(progress: GuestProgress): (itemId: string) => ItemStatus | undefined {
  return (itemId) => progress[itemId]?.status;
}

/** Completion of the given (live) items: retired items the browser still remembers do not count. */
export function guestCompletion(progress: GuestProgress, liveItemIds: Iterable<string>): Completion {
  return computeCompletion(liveItemIds, guestStatusOf(progress));
}
