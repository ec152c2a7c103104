import type { RoadmapPageData } from "@/shared/roadmap-view";
import {
  followGuestSkills,
  readGuestProgress,
  subscribeGuestProgress,
  writeGuestStatus,
  type GuestProgress,
} from "@/components/guest/guest-progress";
import { statusesOnRoadmap } from "@/components/guest/guest-skills";
import { flattenItems } from "../flatten-items";
import { NOT_STARTED, StoreError, type ChecklistStore, type ItemStates, type StoreTexts } from "./checklist-store";

const EMPTY: ItemStates = new Map();

/**
 * A visitor's checklist: statuses in this browser's storage, no notes, no server. Items
 * claiming a skill show the visitor's status on it (components/guest/guest-skills.ts).
 */
export function createGuestStore(data: RoadmapPageData, texts: StoreTexts): ChecklistStore {
  const roadmapId = data.roadmap.id;
  const pageItems = flattenItems(data.sections.flatMap((section) => section.items)).map((item) => ({
    id: item.id,
    skill: item.skill ?? null,
  }));
  const skillOf = new Map(pageItems.map((item) => [item.id, item.skill]));
  let source: GuestProgress | undefined;
  let snapshot: ItemStates = EMPTY;
  return {
    subscribe(onChange) {
      // In the browser only: a followed roadmap catches up with skills changed elsewhere.
      followGuestSkills(roadmapId, pageItems);
      return subscribeGuestProgress(onChange);
    },
    getSnapshot() {
      const progress = readGuestProgress();
      if (progress !== source) {
        source = progress;
        snapshot = new Map(
          [...statusesOnRoadmap(progress, roadmapId, pageItems)].map(([itemId, status]) => [
            itemId,
            { ...NOT_STARTED, status },
          ]),
        );
      }
      return snapshot;
    },
    getServerSnapshot: () => EMPTY,
    setStatus: (itemId, status) =>
      writeGuestStatus(itemId, roadmapId, status, { skill: skillOf.get(itemId) ?? null, pageItems }),
    saveNote: () => Promise.reject(new StoreError(texts.signInForNotes)),
    resetRoadmap: () => Promise.reject(new StoreError(texts.signInToReset)),
    sharedSkills: () => Promise.resolve([]),
    // A guest's statuses never come from the server.
    replaceServerData: () => {},
  };
}
