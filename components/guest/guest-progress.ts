import { useSyncExternalStore } from "react";
import { computeCompletion, type Completion } from "@/shared/completion";
import type { ItemStatus } from "@/graphql/generated/client/graphql";

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
    !Number.isNaN(Date.parse(entry.updatedAt))
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

export function writeGuestStatus(itemId: string, roadmapId: string, status: ItemStatus): void {
  const at = new Date();
  // Review follows the status, as on the server (issue 23): DONE enters it, anything else leaves it.
  // Loaded on demand: the scheduler stays out of the checklist's bundle until a guest ticks.
  void import("./guest-review").then(({ followGuestStatus }) => followGuestStatus(itemId, roadmapId, status, at));
  store({ ...readGuestProgress(), [itemId]: { status, roadmapId, updatedAt: at.toISOString() } });
}

/** Forgets the entries that were handed to the account, but not changes made since (in another tab). */
export function clearGuestEntries(sent: GuestProgress): void {
  const all = { ...readGuestProgress() };
  for (const [itemId, entry] of Object.entries(sent)) {
    if (all[itemId]?.updatedAt === entry.updatedAt) delete all[itemId];
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
