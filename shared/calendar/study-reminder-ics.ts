import type { Translate } from "../i18n/translate";
import { addDays, dayOfWeek } from "../time-zone";
import { WEEKDAYS, type StudySchedule } from "./study-schedule";

export interface StudyReminderEvent {
  /** Stable per learner and roadmap, so a calendar updates the event instead of adding another. */
  uid: string;
  roadmapTitle: string;
  roadmapUrl: string;
  /** The next unfinished items, in the order to take them up. */
  nextItems: { title: string; sectionTitle: string }[];
  remaining: number;
  schedule: StudySchedule;
  /** The first occurrence is the first scheduled weekday on or after this day (YYYY-MM-DD). */
  from: string;
  now: Date;
  /** For a subscription: how often calendars should fetch it again. */
  refreshHours?: number;
  /** Days with reviews due (issue 23): an all-day reminder on each, with the count. */
  reviewDays?: { date: string; count: number }[];
  /** Where the review session is. */
  reviewUrl?: string;
  /** The CalendarFeed messages in the feed's language (owner-locale.ts); titles stay as written. */
  t: Translate;
}

/** RFC 5545 TEXT: backslashes, semicolons, commas and newlines escaped. */
function text(value: string): string {
  return value.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r?\n/g, "\\n");
}

/** Lines of at most 75 octets, continued with CRLF and a space, never inside a UTF-8 character. */
const utf8 = new TextEncoder();

function fold(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8.encode(char).length;
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/**
 * A calendar with one weekly, repeating study event for a roadmap, carrying the
 * next unfinished items in its description, with a reminder 10 minutes before.
 * The time is floating (no time zone): "18:00" is 18:00 wherever the learner is,
 * which is what a study habit means, and needs no time zone definitions.
 */
export function studyReminderIcs(event: StudyReminderEvent): string {
  const weekday = (WEEKDAYS.indexOf(event.schedule.day) + 1) % 7; // MO = 1 ... SU = 0, like getUTCDay
  const first = addDays(event.from, (weekday - dayOfWeek(event.from) + 7) % 7);
  const start = `${first.replace(/-/g, "")}T${event.schedule.time.replace(":", "")}00`;
  const next = event.nextItems.map((item) => `- ${item.title} (${item.sectionTitle})`);
  const { t, roadmapTitle: title } = event;
  const description = [
    event.remaining === 0 ? t("finished", { title }) : t("toGo", { count: event.remaining, title }),
    ...next,
    "",
    event.roadmapUrl,
  ].join("\n");
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Waymark//Study reminders//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${text(t("calendarName", { title }))}`,
    ...(event.refreshHours
      ? [`REFRESH-INTERVAL;VALUE=DURATION:PT${event.refreshHours}H`, `X-PUBLISHED-TTL:PT${event.refreshHours}H`]
      : []),
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(event.now)}`,
    `DTSTART:${start}`,
    `DURATION:PT${event.schedule.minutes}M`,
    `RRULE:FREQ=WEEKLY;BYDAY=${event.schedule.day}`,
    `SUMMARY:${text(t("study", { title }))}`,
    `DESCRIPTION:${text(description)}`,
    `URL:${event.roadmapUrl}`,
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    `DESCRIPTION:${text(t("study", { title }))}`,
    "TRIGGER:-PT10M",
    "END:VALARM",
    "END:VEVENT",
    ...(event.reviewDays ?? []).flatMap((day) => reviewReminder(event, day)),
    "END:VCALENDAR",
  ];
  return lines.map(fold).join("\r\n") + "\r\n";
}

/** An all-day event on a day with reviews due: "Review: 3 items due on <roadmap>", reminded at 9:00. */
function reviewReminder(event: StudyReminderEvent, day: { date: string; count: number }): string[] {
  const summary = event.t("review", { count: day.count, title: event.roadmapTitle });
  return [
    "BEGIN:VEVENT",
    `UID:${event.uid.replace("@", `-review-${day.date}@`)}`,
    `DTSTAMP:${utcStamp(event.now)}`,
    `DTSTART;VALUE=DATE:${day.date.replace(/-/g, "")}`,
    `DTEND;VALUE=DATE:${addDays(day.date, 1).replace(/-/g, "")}`,
    `SUMMARY:${text(summary)}`,
    `DESCRIPTION:${text([summary, "", event.reviewUrl ?? event.roadmapUrl].join("\n"))}`,
    ...(event.reviewUrl ? [`URL:${event.reviewUrl}`] : []),
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    `DESCRIPTION:${text(summary)}`,
    "TRIGGER:PT9H",
    "END:VALARM",
    "END:VEVENT",
  ];
}
