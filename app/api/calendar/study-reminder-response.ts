import "server-only";

import type { NextRequest } from "next/server";
import { serverTranslator } from "@/server/i18n/server-translator";
import { env } from "@/server/platform/env";
import type { StudyReminder } from "@/server/services/calendar/user-study-reminder";
import { studyReminderIcs } from "@/shared/calendar/study-reminder-ics";
import { studyScheduleFrom } from "@/shared/calendar/study-schedule";
import { BadInputError } from "@/shared/errors";
import { ownerLocale } from "@/shared/i18n/owner-locale";
import { isoDateIn } from "@/shared/time-zone";

export function plainResponse(status: number, text: string): Response {
  return new Response(`${text}\n`, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

/**
 * A plain-text refusal in `?lang=<tag>` when given, else English: nobody's
 * saved language is known (or may be told) before the reminder is found.
 */
export async function refusal(request: NextRequest, status: 401 | 404, key: "signIn" | "notFound"): Promise<Response> {
  const t = await serverTranslator(ownerLocale(request.nextUrl.searchParams.get("lang"), null), "CalendarFeed");
  return plainResponse(status, t(key));
}

/**
 * A study reminder as an .ics answer, its weekly slot taken from the URL's
 * query, its words in `?lang=<tag>` when given, else in the learner's saved
 * language, else English (owner-locale.ts). Never cached (no-store).
 */
export async function studyReminderResponse(
  request: NextRequest,
  reminder: StudyReminder,
  options: { from: Date; attachment: boolean; refreshHours?: number },
): Promise<Response> {
  let schedule;
  try {
    schedule = studyScheduleFrom(request.nextUrl.searchParams);
  } catch (error) {
    if (error instanceof BadInputError) return plainResponse(400, error.message);
    throw error;
  }
  const origin = env().AUTH_URL ?? request.nextUrl.origin;
  const t = await serverTranslator(
    ownerLocale(request.nextUrl.searchParams.get("lang"), reminder.locale),
    "CalendarFeed",
  );
  const ics = studyReminderIcs({
    uid: reminder.uid,
    roadmapTitle: reminder.roadmap.title,
    roadmapUrl: `${origin}/roadmaps/${reminder.roadmap.slug}`,
    nextItems: reminder.nextItems,
    remaining: reminder.remaining,
    schedule,
    from: isoDateIn(options.from, "UTC"),
    now: new Date(),
    refreshHours: options.refreshHours,
    reviewDays: reminder.reviewDays,
    reviewUrl: `${origin}/review`,
    t,
  });
  return new Response(ics, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "cache-control": "private, no-store",
      ...(options.attachment && {
        // A learner's slug has a slash, which no file name may.
        "content-disposition": `attachment; filename="waymark-${reminder.roadmap.slug.replace(/[^a-z0-9-]+/g, "-")}.ics"`,
      }),
    },
  });
}
