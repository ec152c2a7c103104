import { checkTimeZone } from "./time-zone";

/** Set by components/time-zone-cookie.tsx in the browser. */
export const TIME_ZONE_COOKIE = "tz";

/** The zone the browser reported, if it is a valid one; UTC otherwise. */
export function timeZoneFromCookie(store: { get(name: string): { value: string } | undefined }): string {
  const zone = store.get(TIME_ZONE_COOKIE)?.value;
  if (!zone) return "UTC";
  try {
    return checkTimeZone(zone);
  } catch {
    return "UTC";
  }
}
