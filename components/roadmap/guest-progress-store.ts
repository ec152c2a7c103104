import type { ItemStatus } from "@/graphql/generated/client/graphql";

/**
 * A visitor's progress, kept in this browser until they sign in (then it is
 * merged into their account and cleared). Keyed by item id; the roadmap id lets
 * pages count per roadmap without the server.
 */
export interface GuestEntry {
  status: ItemStatus;
  updatedAt: string;
  roadmapId: string;
}

const KEY = "waymark:guest-progress:v1";
const EVENT = "waymark:guest-progress";

/** Reads stored progress; anything unreadable (edited by hand, from an old version) counts as none. */
export function parseGuestProgress(json: string): Record<string, GuestEntry> {
  try {
    const parsed: unknown = JSON.parse(json);
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, GuestEntry>) : {};
  } catch {
    return {};
  }
}

export function readGuestProgress(): Record<string, GuestEntry> {
  return parseGuestProgress(localStorage.getItem(KEY) ?? "{}");
}

export function writeGuestStatus(itemId: string, roadmapId: string, status: ItemStatus): void {
  const all = readGuestProgress();
  all[itemId] = { status, roadmapId, updatedAt: new Date().toISOString() };
  localStorage.setItem(KEY, JSON.stringify(all));
  window.dispatchEvent(new Event(EVENT));
}

/** Forgets the entries that were handed to the account, but not changes made since (in another tab). */
export function clearGuestEntries(sent: Record<string, GuestEntry>): void {
  const all = readGuestProgress();
  for (const [itemId, entry] of Object.entries(sent)) {
    if (all[itemId]?.updatedAt === entry.updatedAt) delete all[itemId];
  }
  if (Object.keys(all).length === 0) localStorage.removeItem(KEY);
  else localStorage.setItem(KEY, JSON.stringify(all));
  window.dispatchEvent(new Event(EVENT));
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

export function guestSnapshot(): string {
  return localStorage.getItem(KEY) ?? "{}";
}
