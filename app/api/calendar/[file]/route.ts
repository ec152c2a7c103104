import type { NextRequest } from "next/server";
import { sessionViewer } from "@/app/lib/auth/viewer-from-request";
import { studyReminder } from "@/app/lib/services/calendar/study-reminder";
import { plainResponse, slugOfIcsFile, studyReminderResponse } from "../study-reminder-response";

export const dynamic = "force-dynamic";

/**
 * /api/calendar/<slug>.ics[?day=MO&time=18:00&minutes=60]: the signed-in
 * learner's weekly study reminder for a roadmap, as a file to import. It starts
 * on the next chosen weekday and lists the next unfinished items as they are now.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ file: string }> }) {
  const slug = slugOfIcsFile((await params).file);
  if (!slug) return plainResponse(404, "Not found.");
  const viewer = await sessionViewer();
  if (!viewer) return plainResponse(401, "Sign in to download your study reminder.");
  const reminder = await studyReminder(viewer, slug);
  if (!reminder) return plainResponse(404, "Not found.");
  return studyReminderResponse(request, reminder, { from: new Date(), attachment: true });
}
