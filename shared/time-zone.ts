import { BadInputError } from "./errors";
import { keptPerKey } from "./kept-per-key";

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

let lastToday: { timeZone: string; at: number; day: string } | undefined;

/**
 * Today's date (YYYY-MM-DD) in a time zone. The last answer is kept: a cohort's
 * figures make a plan a member, all at one instant in one zone.
 */
export function todayIn(timeZone: string, now = new Date()): string {
  const at = now.getTime();
  if (lastToday && lastToday.at === at && lastToday.timeZone === timeZone) return lastToday.day;
  const day = isoDateIn(now, timeZone);
  lastToday = { timeZone, at, day };
  return day;
}

/**
 * A formatter per zone, kept: making an Intl.DateTimeFormat costs far more than
 * formatting with it, and a plan formats a date per finished item. Bounded
 * (keptPerKey), as Intl takes a zone's name in any letter case (endless
 * spellings of one zone).
 */
const dateFormats = keptPerKey<Intl.DateTimeFormat>(256);

function dateFormatIn(timeZone: string): Intl.DateTimeFormat {
  // en-CA formats as YYYY-MM-DD.
  return dateFormats(
    timeZone,
    () => new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }),
  );
}

export function isoDateIn(instant: Date, timeZone: string): string {
  return dateFormatIn(timeZone).format(instant);
}

/*
 * Calendar arithmetic on YYYY-MM-DD strings, on day numbers (days since
 * 1970-01-01, H. Hinnant's civil-date algorithms) rather than Date objects: a
 * dashboard's burn-ups step through a year of days on each of dozens of
 * roadmaps, and a Date per day (which Next.js's server wraps) was a quarter of
 * the dashboard's CPU. Anything but a real date of years 0000-9999 takes the
 * Date path, so results (and errors) are the same as before.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function civilDate(dayNo: number): [year: number, month: number, day: number] {
  const z = dayNo + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfYear - Math.floor((153 * mp + 2) / 5) + 1];
}

const isLeap = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** The day number of a real date of years 0000-9999, else null. */
function dayNumberOf(date: string): number | null {
  const match = ISO_DATE.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > MONTH_DAYS[month - 1]! ||
    (month === 2 && day === 29 && !isLeap(year))
  )
    return null;
  return dayNumber(year, month, day);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Calendar arithmetic on YYYY-MM-DD strings. */
export function addDays(date: string, days: number): string {
  const start = Number.isInteger(days) ? dayNumberOf(date) : null;
  if (start !== null) {
    const [year, month, day] = civilDate(start + days);
    if (year >= 0 && year <= 9999) return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
  }
  // UTC noon avoids DST edges.
  const at = new Date(`${date}T12:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

export function dayOfWeek(date: string): number {
  const dayNo = dayNumberOf(date);
  // 1970-01-01 was a Thursday (4).
  return dayNo === null ? new Date(`${date}T12:00:00Z`).getUTCDay() : (((dayNo + 4) % 7) + 7) % 7;
}

/** Whole days from `from` to `to` (YYYY-MM-DD), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const [start, end] = [dayNumberOf(from), dayNumberOf(to)];
  if (start !== null && end !== null) return end - start;
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

/** The Monday (YYYY-MM-DD) of the ISO week a day belongs to. */
export function mondayOf(date: string): string {
  return addDays(date, -((dayOfWeek(date) + 6) % 7));
}
