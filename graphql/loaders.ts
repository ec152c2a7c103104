import "server-only";

import DataLoader from "dataloader";
import { loadNotes, type StoredNote } from "@/app/lib/services/notes/load-notes";
import { loadItemFacts } from "@/app/lib/services/plan/load-item-facts";
import { loadRoadmapGoals } from "@/app/lib/services/plan/load-roadmap-goals";
import type { RoadmapGoal } from "@/app/lib/services/plan/roadmap-goal";
import { profileSettings, type ProfileSettings } from "@/app/lib/services/profile/profile-settings";
import type { ItemFacts } from "@/app/lib/shared/plan/item-facts";
import { loadProgress, type ProgressMap } from "@/app/lib/services/progress/load-progress";
import { loadRoadmapContents, type RoadmapContent } from "@/app/lib/services/roadmaps/roadmap-content";
import { findRoadmapIdsBySlugs, findRoadmapIdsOfItems } from "@/app/lib/services/roadmaps/find-roadmap-ids";
import { loadUsers, type UserProfile } from "@/app/lib/services/users/load-users";
import type { MaybeViewer } from "@/app/lib/services/viewer";

/**
 * Per-request batching: whatever the shape of a query, each kind of data is read
 * in one statement per request (a roadmap's whole tree, the viewer's statuses and
 * notes per roadmap), so the SQL count does not grow with the number of items.
 */
export function createLoaders(viewer: MaybeViewer) {
  return {
    content: new DataLoader<string, RoadmapContent | null>(loadRoadmapContents),
    roadmapIdBySlug: new DataLoader<string, string | null>(findRoadmapIdsBySlugs),
    roadmapIdOfItem: new DataLoader<string, string | null>(findRoadmapIdsOfItems),
    progress: new DataLoader<string, ProgressMap>(async (roadmapIds) => {
      const byRoadmap = await loadProgress(viewer, roadmapIds);
      return roadmapIds.map((id) => byRoadmap.get(id) ?? new Map());
    }),
    notes: new DataLoader<string, Map<string, StoredNote>>(async (roadmapIds) => {
      const notes = await loadNotes(viewer, roadmapIds);
      // One map serves every roadmap: item ids are unique across roadmaps.
      return roadmapIds.map(() => notes);
    }),
    users: new DataLoader<string, UserProfile | null>(loadUsers),
    // Item facts (dates, pace) and goals per roadmap: one statement each per request.
    itemFacts: new DataLoader<string, Map<string, ItemFacts>>(async (roadmapIds) => {
      const byRoadmap = await loadItemFacts(viewer, roadmapIds);
      return roadmapIds.map((id) => byRoadmap.get(id) ?? new Map());
    }),
    goals: new DataLoader<string, RoadmapGoal>(async (roadmapIds) => {
      const goals = await loadRoadmapGoals(viewer, roadmapIds);
      return roadmapIds.map((id) => goals.get(id)!);
    }),
    // Keyed by user id; only ever the viewer's own.
    profileSettings: new DataLoader<string, ProfileSettings>(async (userIds) =>
      Promise.all(userIds.map(() => profileSettings(viewer))),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
