"use client";

import { useEffect } from "react";

import { TIME_ZONE_COOKIE as COOKIE } from "@/shared/time-zone-cookie";

/**
 * Tells the server the browser's time zone (a cookie), so days in charts and
 * streaks start at the learner's midnight rather than UTC's.
 */
export function TimeZoneCookie() {
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && !document.cookie.split("; ").includes(`${COOKIE}=${encodeURIComponent(zone)}`)) {
      document.cookie = `${COOKIE}=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
    }
  }, []);
  return null;
}
