/*
 * Where a roadmap's study reminder is: the roadmap's own address, moved under
 * /api/calendar with `.ics` on the end, as its page is under /roadmaps. A
 * built-in roadmap's slug is one segment (/api/calendar/backend.ics), a
 * learner's two (/api/calendar/octocat/go.ics). Slugs are made of characters
 * that need no escaping in a path (lowercase letters, digits, dashes, the `~`
 * of an owner who lost their login, one slash), so they go in as they are:
 * escaping the slash would make one segment that names no roadmap. Every
 * address of a reminder is built here, and read back here.
 */

const CALENDAR = "/api/calendar";

/** A segment of a slug: a login (or `~<user id>`), a roadmap's name, or a built-in roadmap's slug. */
const SLUG_PART = /^~?[a-z0-9][a-z0-9._-]{0,99}$/;

/** The .ics download of the study reminder for the roadmap with this slug. */
export function calendarPath(slug: string): string {
  return `${CALENDAR}/${slug}.ics`;
}

/** A subscription's address with `{slug}` to fill in (createCalendarFeed's `urlTemplate`). */
export function calendarFeedTemplate(secret: string): string {
  return `${CALENDAR}/feeds/${secret}/{slug}.ics`;
}

/** A subscription's address for one roadmap, from its template. */
export function calendarFeedPath(template: string, slug: string): string {
  return template.replace("{slug}", slug);
}

/**
 * The slug a reminder's address names, from its path segments after
 * /api/calendar (or after a subscription's secret): `backend.ics`, or
 * `octocat`, `go.ics`. Null when they name none. Case is ignored, as in the
 * roadmap pages' addresses (GitHub logins ignore it).
 */
export function slugOfCalendarPath(segments: readonly string[]): string | null {
  if (segments.length < 1 || segments.length > 2) return null;
  const parts = segments.map((segment) => segment.toLowerCase());
  const file = parts.pop()!;
  if (!file.endsWith(".ics")) return null;
  parts.push(file.slice(0, -".ics".length));
  return parts.every((part) => SLUG_PART.test(part)) ? parts.join("/") : null;
}
