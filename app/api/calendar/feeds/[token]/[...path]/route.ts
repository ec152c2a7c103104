import type { NextRequest } from "next/server";
import { studyReminderByFeedSecret } from "@/server/services/calendar/study-reminder-by-feed-secret";
import { slugOfCalendarPath } from "@/shared/calendar/calendar-address";
import { refusal, studyReminderResponse } from "../../../study-reminder-response";

export const dynamic = "force-dynamic";

/**
 * /api/calendar/feeds/<secret>/<slug>.ics[?day=...]: the same reminder as a
 * subscription (a learner's roadmap: .../<secret>/<login>/<name>.ics). The
 * secret in the path stands for the learner (calendar apps send no cookies);
 * revoking it makes every such URL answer 404. Calendars fetch it again now
 * and then, so the next items stay current.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ token: string; path: string[] }> }) {
  const { token, path } = await params;
  const slug = slugOfCalendarPath(path);
  const reminder = slug ? await studyReminderByFeedSecret(token, slug) : null;
  if (!reminder) return refusal(request, 404, "notFound");
  // A fixed first day (the secret's), so the series stays put between fetches.
  return studyReminderResponse(request, reminder, {
    from: reminder.feedCreatedAt,
    attachment: false,
    refreshHours: 12,
  });
}
