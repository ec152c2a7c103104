import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { requestLocale } from "@/server/auth/request-locale";
import { formatCacheFor } from "@/server/i18n/format-cache";
import { timeZoneFromCookie } from "@/shared/time-zone-cookie";

/**
 * next-intl's configuration for each request (without i18n routing: addresses
 * carry no language). Only the chosen language's messages are loaded.
 */
export default getRequestConfig(async () => {
  const [locale, jar] = await Promise.all([requestLocale(), cookies()]);
  // Dates and times in the learner's zone, as the pages have always written them.
  const timeZone = timeZoneFromCookie(jar);
  return {
    locale,
    timeZone,
    messages: (await import(`../messages/${locale}.json`)).default,
    // Messages compiled at run time kept across requests (server/i18n/format-cache.ts says why
    // not the formatters). next-intl passes the config's other fields to its server translators.
    ...({ _cache: formatCacheFor(locale, timeZone) } as object),
  };
});
