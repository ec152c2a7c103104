import "server-only";

import DataLoader from "dataloader";
import { loadNotes, type StoredNote } from "@/app/lib/services/notes/load-notes";
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
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
