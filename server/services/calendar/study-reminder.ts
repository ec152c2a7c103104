import "server-only";

import { requireScope, type MaybeViewer } from "../viewer";
import { userStudyReminder, type StudyReminder } from "./user-study-reminder";

/** The viewer's study reminder for a roadmap (the .ics download); null for an unknown roadmap. */
export async function studyReminder(viewer: MaybeViewer, roadmapSlug: string): Promise<StudyReminder | null> {
  const { userId } = requireScope(viewer, "READ_PROGRESS");
  return userStudyReminder(userId, roadmapSlug);
}
