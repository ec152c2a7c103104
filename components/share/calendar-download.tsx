"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { DEFAULT_SCHEDULE, studyScheduleQuery, WEEKDAYS, type StudySchedule } from "@/shared/calendar/study-schedule";
import { buttonClass } from "../ui/button";

const field =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-950";

/**
 * Picks the weekly study slot and links to the .ics file for it (or, given a
 * subscription URL's start, to that URL with the same slot).
 */
export function StudyScheduleFields({ onChange }: { onChange: (schedule: StudySchedule) => void }) {
  const id = useId();
  // Weekday names from the messages, not Intl: the server's and the browser's ICU could differ.
  const t = useTranslations("Share");
  const [schedule, setSchedule] = useState(DEFAULT_SCHEDULE);
  const update = (next: Partial<StudySchedule>) => {
    const merged = { ...schedule, ...next };
    setSchedule(merged);
    onChange(merged);
  };
  return (
    <div className="grid grid-cols-3 gap-2">
      <div>
        <label htmlFor={`${id}-day`} className="block text-sm font-medium">
          {t("day")}
        </label>
        <select
          id={`${id}-day`}
          value={schedule.day}
          onChange={(event) => update({ day: event.target.value as StudySchedule["day"] })}
          className={field}
        >
          {WEEKDAYS.map((day) => (
            <option key={day} value={day}>
              {t(`weekday.${day}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-time`} className="block text-sm font-medium">
          {t("time")}
        </label>
        <input
          id={`${id}-time`}
          type="time"
          value={schedule.time}
          onChange={(event) => update({ time: event.target.value || DEFAULT_SCHEDULE.time })}
          className={field}
        />
      </div>
      <div>
        <label htmlFor={`${id}-minutes`} className="block text-sm font-medium">
          {t("minutes")}
        </label>
        <select
          id={`${id}-minutes`}
          value={schedule.minutes}
          onChange={(event) => update({ minutes: Number(event.target.value) })}
          className={field}
        >
          {[15, 30, 45, 60, 90, 120].map((minutes) => (
            <option key={minutes} value={minutes}>
              {minutes}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** The .ics download of a weekly study reminder for one roadmap, at `calendarUrl` (calendar-address.ts). */
export function CalendarDownload({ calendarUrl }: { calendarUrl: string }) {
  const t = useTranslations("Share");
  const [schedule, setSchedule] = useState(DEFAULT_SCHEDULE);
  return (
    <div className="space-y-3">
      <StudyScheduleFields onChange={setSchedule} />
      <a
        href={`${calendarUrl}?${studyScheduleQuery(schedule)}`}
        download
        className={buttonClass({ variant: "secondary", size: "compact", className: "inline-block" })}
        data-testid="calendar-download"
      >
        {t("downloadIcs")}
      </a>
    </div>
  );
}
