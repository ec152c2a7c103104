"use client";

import { useId, useState } from "react";
import { DEFAULT_SCHEDULE, studyScheduleQuery, WEEKDAYS, type StudySchedule } from "@/shared/calendar/study-schedule";
import { buttonClass } from "../ui/button";

const DAY_NAMES: Record<(typeof WEEKDAYS)[number], string> = {
  MO: "Monday",
  TU: "Tuesday",
  WE: "Wednesday",
  TH: "Thursday",
  FR: "Friday",
  SA: "Saturday",
  SU: "Sunday",
};

const field =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-950";

/**
 * Picks the weekly study slot and links to the .ics file for it (or, given a
 * subscription URL's start, to that URL with the same slot).
 */
export function StudyScheduleFields({ onChange }: { onChange: (schedule: StudySchedule) => void }) {
  const id = useId();
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
          Day
        </label>
        <select
          id={`${id}-day`}
          value={schedule.day}
          onChange={(event) => update({ day: event.target.value as StudySchedule["day"] })}
          className={field}
        >
          {WEEKDAYS.map((day) => (
            <option key={day} value={day}>
              {DAY_NAMES[day]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-time`} className="block text-sm font-medium">
          Time
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
          Minutes
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
        Download .ics
      </a>
    </div>
  );
}
