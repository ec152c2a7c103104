import "server-only";

import { db } from "../../db/client";
import { requireScope, type MaybeViewer } from "../viewer";
import { sharedSkills, type SharedSkill } from "./shared-skills";

/**
 * The skills a roadmap shares with the viewer's other followed roadmaps (what "Reset
 * progress" asks about). The caller has found the roadmap visible to the viewer; the
 * other roadmaps named are ones the viewer follows and may see. Signed out: none.
 */
export async function viewerSharedSkills(viewer: MaybeViewer, roadmapId: string): Promise<SharedSkill[]> {
  if (!viewer) return [];
  const { userId } = requireScope(viewer, "READ_PROGRESS");
  return sharedSkills(db(), userId, roadmapId);
}
