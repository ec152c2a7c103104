import "server-only";

import { cookies, headers } from "next/headers";
import { cache } from "react";
import { chooseLocale } from "../../shared/i18n/choose-locale";
import { LOCALE_COOKIE, type Locale } from "../../shared/i18n/locales";
import { currentSession } from "./viewer-from-request";

/**
 * The interface language of this page's request (memoised per request): the
 * signed-in learner's choice (read with the session, no statement more), the
 * guest's cookie, the browser's Accept-Language, English. The server renders
 * the page in it, so nothing flashes another language.
 */
export const requestLocale = cache(async (): Promise<Locale> => {
  const [session, jar, headerList] = await Promise.all([currentSession(), cookies(), headers()]);
  return chooseLocale({
    userLocale: session?.user.locale,
    cookie: jar.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get("accept-language"),
  });
});
