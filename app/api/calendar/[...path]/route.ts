import type { NextRequest } from "next/server";
import { downloadError } from "@/app/api/download-response";
import { viewerFromRequest } from "@/server/auth/viewer-from-request";
import { studyReminder } from "@/server/services/calendar/study-reminder";
import { slugOfCalendarPath } from "@/shared/calendar/calendar-address";
import { refusal, studyReminderResponse } from "../study-reminder-response";

export const dynamic = "force-dynamic";

/**
 * /api/calendar/<slug>.ics[?day=MO&time=18:00&minutes=60] (a learner's roadmap:
 * /api/calendar/<login>/<name>.ics, see calendar-address.ts): the learner's
 * weekly study reminder for a roadmap, as a file to import, for the session's
 * learner or a bearer token with READ_PROGRESS (Roadmap.calendarUrl gives the
 * address). It starts on the next chosen weekday and lists the next unfinished
 * items as they are now. A roadmap the learner may not see is 404, as one that
 * does not exist. Its words: study-reminder-response.ts.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ path: string[] }> }) {
  try {
    const slug = slugOfCalendarPath((await params).path);
    if (!slug) return await refusal(request, 404, "notFound");
    const viewer = await viewerFromRequest(request);
    if (!viewer) return await refusal(request, 401, "signIn");
    const reminder = await studyReminder(viewer, slug);
    if (!reminder) return await refusal(request, 404, "notFound");
    return await studyReminderResponse(request, reminder, { from: new Date(), attachment: true });
  } catch (error) {
    return downloadError(error);
  }
}
