import { BadInputError } from "../errors";

/** An IANA time zone name both Node and PostgreSQL understand, or BAD_USER_INPUT. */
export function checkTimeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone }).format();
  } catch {
    throw new BadInputError(`Unknown time zone "${timeZone}"; use an IANA name such as Europe/Paris.`);
  }
  if (!/^[A-Za-z0-9_+\-/]{1,64}$/.test(timeZone)) throw new BadInputError(`Unknown time zone "${timeZone}".`);
  return timeZone;
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
