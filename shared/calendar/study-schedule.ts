import { BadInputError } from "../errors";

export const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** When the weekly study reminder happens, in the learner's local time wherever they are. */
export interface StudySchedule {
  day: Weekday;
  /** HH:MM, 24-hour. */
  time: string;
  minutes: number;
}

export const DEFAULT_SCHEDULE: StudySchedule = { day: "MO", time: "18:00", minutes: 60 };

/**
 * The schedule from a calendar URL's query (`?day=MO&time=18:00&minutes=60`);
 * missing values take the defaults, wrong ones are BAD_USER_INPUT.
 */
export function studyScheduleFrom(params: URLSearchParams): StudySchedule {
  const day = (params.get("day") ?? DEFAULT_SCHEDULE.day).toUpperCase();
  const time = params.get("time") ?? DEFAULT_SCHEDULE.time;
  const minutesText = params.get("minutes") ?? String(DEFAULT_SCHEDULE.minutes);
  if (!(WEEKDAYS as readonly string[]).includes(day))
    throw new BadInputError("day must be one of MO, TU, WE, TH, FR, SA, SU.");
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) throw new BadInputError("time must be HH:MM, from 00:00 to 23:59.");
  const minutes = /^\d{1,3}$/.test(minutesText) ? Number(minutesText) : NaN;
  if (!(minutes >= 15 && minutes <= 240)) throw new BadInputError("minutes must be a whole number from 15 to 240.");
  return { day: day as Weekday, time, minutes };
}

/** The query string that gives this schedule back. */
export function studyScheduleQuery(schedule: StudySchedule): string {
  return new URLSearchParams({ day: schedule.day, time: schedule.time, minutes: String(schedule.minutes) }).toString();
}
