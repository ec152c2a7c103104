/*
 * How every date and time on a page is written: one formatter for dates, one for
 * times, both Intl.DateTimeFormat with an explicit locale (DEFAULT_LOCALE until
 * the app is localised) and, for an instant, the viewer's time zone (the `tz`
 * cookie on the server, the same value handed to the browser). The server's
 * render and the browser's hydration then print the same text: nothing here
 * reads the machine's own zone or language.
 */

import { keptPerKey } from "./kept-per-key";

/** The one place the pages' language for dates is chosen. */
export const DEFAULT_LOCALE = "en-GB";

/** "day": 5 Dec 2026; "dayMonth": 5 Dec (a chart's axis); "month": Dec 2026. */
export type DateStyle = "day" | "dayMonth" | "month";

export interface DateOptions {
  locale?: string;
  style?: DateStyle;
}

const STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  day: { dateStyle: "medium" },
  dayMonth: { day: "numeric", month: "short" },
  month: { month: "short", year: "numeric" },
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

// Building a formatter costs far more than using one: a chart formats hundreds of days.
// Bounded, as the zone comes from the learner (keptPerKey).
const formatters = keptPerKey<Intl.DateTimeFormat>(256);

function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return formatters(
    `${locale}|${timeZone}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(locale, { ...options, timeZone }),
  );
}

/**
 * A date. A calendar day ("YYYY-MM-DD": a plan's forecast, a target, a chart's
 * day) is written as itself, in no time zone. An instant is written as the day
 * it falls on in the viewer's time zone, which it therefore needs.
 */
export function formatDate(day: string, options?: DateOptions): string;
export function formatDate(instant: Date, options: DateOptions & { timeZone: string }): string;
export function formatDate(value: string | Date, options: DateOptions & { timeZone?: string } = {}): string {
  const { locale = DEFAULT_LOCALE, style = "day" } = options;
  if (typeof value === "string") {
    if (!DAY.test(value)) throw new RangeError(`formatDate takes a day as YYYY-MM-DD, not "${value}"`);
    // Noon UTC is that day in UTC, whatever daylight saving time does.
    return formatter(locale, "UTC", STYLES[style]).format(new Date(`${value}T12:00:00Z`));
  }
  return formatter(locale, options.timeZone!, STYLES[style]).format(value);
}

/** An instant with its time of day, in the viewer's time zone: "5 Dec 2026, 09:58". */
export function formatTime(instant: Date, options: { timeZone: string; locale?: string }): string {
  const { timeZone, locale = DEFAULT_LOCALE } = options;
  return formatter(locale, timeZone, { dateStyle: "medium", timeStyle: "short" }).format(instant);
}
