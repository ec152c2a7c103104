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

export function readGuestProgress(): Record<string, GuestEntry> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? "{}");
    return parsed && typeof parsed === "object" ? (parsed as Record<string, GuestEntry>) : {};
  } catch {
    return {};
  }
}

export function writeGuestStatus(itemId: string, roadmapId: string, status: ItemStatus): void {
  const all = readGuestProgress();
  all[itemId] = { status, roadmapId, updatedAt: new Date().toISOString() };
  localStorage.setItem(KEY, JSON.stringify(all));
  window.dispatchEvent(new Event(EVENT));
}

export function clearGuestProgress(): void {
  localStorage.removeItem(KEY);
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
