import { BadInputError } from "./errors";

// IANA Area/City names (or UTC) only: both Node and PostgreSQL know them and
// agree on them. Intl also accepts abbreviations such as PST, which PostgreSQL
// reads as fixed offsets without daylight saving time, so days would be cut
// differently.
const AREA_CITY = /^[A-Za-z]+\/[A-Za-z0-9_+\-/]{1,60}$/;

function knownToIntl(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone }).format();
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name (Area/City, or UTC), or BAD_USER_INPUT. */
export function checkTimeZone(timeZone: string): string {
  if (timeZone === "UTC" || (AREA_CITY.test(timeZone) && knownToIntl(timeZone))) return timeZone;
  throw new BadInputError(`Unknown time zone "${timeZone}"; use an IANA name such as Europe/Paris, or UTC.`);
}

/** Today's date (YYYY-MM-DD) in a time zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  return isoDateIn(now, timeZone);
}

export function isoDateIn(instant: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    instant,
  );
}

/** Calendar arithmetic on YYYY-MM-DD strings (UTC noon avoids DST edges). */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T12:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

export function dayOfWeek(date: string): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay();
}

/** Whole days from `from` to `to` (YYYY-MM-DD), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

/** The Monday (YYYY-MM-DD) of the ISO week a day belongs to. */
export function mondayOf(date: string): string {
  return addDays(date, -((dayOfWeek(date) + 6) % 7));
}
