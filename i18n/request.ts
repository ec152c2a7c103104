import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { requestLocale } from "@/server/auth/request-locale";
import { timeZoneFromCookie } from "@/shared/time-zone-cookie";

/**
 * next-intl's configuration for each request (without i18n routing: addresses
 * carry no language). Only the chosen language's messages are loaded.
 */
export default getRequestConfig(async () => {
  const [locale, jar] = await Promise.all([requestLocale(), cookies()]);
  return {
    locale,
    // Dates and times in the learner's zone, as the pages have always written them.
    timeZone: timeZoneFromCookie(jar),
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
