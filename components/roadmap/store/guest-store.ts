import type { RoadmapPageData } from "@/app/lib/services/roadmaps/roadmap-page-data";
import { guestSnapshot, readGuestProgress, subscribeGuestProgress, writeGuestStatus } from "../guest-progress-store";
import { NOT_STARTED, StoreError, type ChecklistStore, type ItemStates } from "./checklist-store";

const EMPTY: ItemStates = new Map();

/** A visitor's checklist: statuses in this browser's storage, no notes, no server. */
export function createGuestStore(data: RoadmapPageData): ChecklistStore {
  let json = "";
  let snapshot: ItemStates = EMPTY;
  return {
    subscribe: subscribeGuestProgress,
    getSnapshot() {
      const current = guestSnapshot();
      if (current !== json) {
        json = current;
        snapshot = new Map(
          Object.entries(readGuestProgress())
            .filter(([, entry]) => entry.roadmapId === data.roadmap.id)
            .map(([itemId, entry]) => [itemId, { ...NOT_STARTED, status: entry.status }]),
        );
      }
      return snapshot;
    },
    getServerSnapshot: () => EMPTY,
    setStatus: (itemId, status) => writeGuestStatus(itemId, data.roadmap.id, status),
    saveNote: () => Promise.reject(new StoreError("Sign in to keep notes.")),
    resetRoadmap: () => Promise.reject(new StoreError("Sign in to reset progress.")),
    // A guest's statuses never come from the server.
    replaceServerData: () => {},
  };
}
