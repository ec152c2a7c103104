"use client";

import { useEffect, useState } from "react";
import { ErrorPanel, type ErrorPanelText } from "@/components/errors/error-panel";
import { chooseLocale } from "@/shared/i18n/choose-locale";
import { LOCALE_COOKIE, textDirection, type Locale } from "@/shared/i18n/locales";
import "./globals.css";

// English first (messages/en.json's ErrorPanel): this page is in every page's bundle, the messages are not.
const ENGLISH: ErrorPanelText = {
  title: "Something went wrong",
  description: "This page could not be shown. Nothing you saved is lost; it is usually a passing problem.",
  tryAgain: "Try again",
  home: "Go to the roadmaps",
  reference: "Reference for support:",
};

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
 * takes the language its cookie or its settings give (that language's messages
 * only, loaded then).
 */
export default function GlobalError(props: { error: Error & { digest?: string }; reset: () => void }) {
  const [page, setPage] = useState<{ locale: Locale; text: ErrorPanelText }>({
    locale: "en",
    text: ENGLISH,
  });
  useEffect(() => {
    const locale = browserLocale();
    if (locale === "en") return;
    let cancelled = false;
    import(`@/messages/${locale}.json`).then(
      (messages: { default: { ErrorPanel: ErrorPanelText } }) => {
        if (!cancelled) setPage({ locale, text: messages.default.ErrorPanel });
      },
      // The English panel says it as well.
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return (
    <html lang={page.locale} dir={textDirection(page.locale)}>
      <body className="flex min-h-screen items-center justify-center bg-slate-50 px-4 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
        <main className="w-full">
          <ErrorPanel {...props} text={page.text} />
        </main>
      </body>
    </html>
  );
}
