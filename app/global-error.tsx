"use client";

import { useSyncExternalStore } from "react";
import { ErrorPanel } from "@/components/errors/error-panel";
import { chooseLocale } from "@/shared/i18n/choose-locale";
import { LOCALE_COOKIE, textDirection, type Locale } from "@/shared/i18n/locales";
import { GLOBAL_ERROR_TEXTS } from "./global-error-texts";
import "./globals.css";

const noSubscription = () => () => undefined;

/** The language the browser keeps or asks for: the layout that knew the learner's failed. */
function browserLocale(): Locale {
  const cookie = document.cookie
    .split("; ")
    .find((entry) => entry.startsWith(`${LOCALE_COOKIE}=`))
    ?.slice(LOCALE_COOKIE.length + 1);
  return chooseLocale({
    cookie: cookie ? decodeURIComponent(cookie) : null,
    acceptLanguage: navigator.languages.join(","),
  });
}

/**
 * When the site's layout itself failed (its header reads the session, so a
 * database that hangs mid-request ends up here): the same panel, in a page of
 * its own, since the layout cannot be used. Without the layout there is no
 * language from the server: the panel starts in English, then, in the browser,
 * takes the language its cookie or its settings give (global-error-texts.ts).
 */
export default function GlobalError(props: { error: Error & { digest?: string }; reset: () => void }) {
  // English on the server and at hydration, then the browser's language (nothing to subscribe to).
  const locale = useSyncExternalStore(noSubscription, browserLocale, () => "en" as const);
  return (
    <html lang={locale} dir={textDirection(locale)}>
      <body className="flex min-h-screen items-center justify-center bg-slate-50 px-4 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
        <main className="w-full">
          <ErrorPanel {...props} text={GLOBAL_ERROR_TEXTS[locale]} />
        </main>
      </body>
    </html>
  );
}
