import type { RoadmapPageData } from "@/shared/roadmap-view";
import {
  readGuestProgress,
  subscribeGuestProgress,
  writeGuestStatus,
  type GuestProgress,
} from "@/components/guest/guest-progress";
import { NOT_STARTED, StoreError, type ChecklistStore, type ItemStates } from "./checklist-store";

const EMPTY: ItemStates = new Map();

/** A visitor's checklist: statuses in this browser's storage, no notes, no server. */
export function createGuestStore(data: RoadmapPageData): ChecklistStore {
  let source: GuestProgress | undefined;
  let snapshot: ItemStates = EMPTY;
  return {
    subscribe: subscribeGuestProgress,
    getSnapshot() {
      const progress = readGuestProgress();
      if (progress !== source) {
        source = progress;
        snapshot = new Map(
          Object.entries(progress)
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
    sharedSkills: () => Promise.resolve([]),
    // A guest's statuses never come from the server.
    replaceServerData: () => {},
  };
}
