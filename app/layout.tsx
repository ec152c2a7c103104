import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import { pageTranslations } from "@/server/i18n/server-translator";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { AnnouncerProvider } from "@/components/ui/announcer";
import { SiteHeader } from "@/components/site-header";
import { ThemeProvider } from "@/components/theme-provider";
import { TimeZoneCookie } from "@/components/time-zone-cookie";
import { env } from "../server/platform/env";
import { LAYOUT_NAMESPACES, pickNamespaces } from "@/shared/i18n/client-messages";
import { textDirection, type Locale } from "@/shared/i18n/locales";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await pageTranslations("Metadata");
  const title = t("title");
  const description = t("description");
  return {
    // Absolute URLs in link previews: the public address when configured.
    metadataBase: new URL(env().AUTH_URL ?? "http://localhost:3000"),
    title: { default: title, template: "%s · Waymark" },
    description,
    manifest: "/site.webmanifest",
    // Named here: without a link, browsers ask for /favicon.ico, which does not exist.
    icons: {
      icon: [
        { url: "/icon.svg", type: "image/svg+xml" },
        { url: "/icon-192.png", type: "image/png", sizes: "192x192" },
      ],
      apple: "/apple-touch-icon.png",
    },
    openGraph: {
      siteName: "Waymark",
      description,
      images: [{ url: "/og-image.png", width: 1200, height: 630, alt: title }],
    },
    twitter: { card: "summary_large_image" },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f8fafc" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Set by proxy.ts for this request's Content-Security-Policy.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  // Chosen on the server (i18n/request.ts), so the first paint is in the learner's language.
  const [locale, messages, t] = await Promise.all([getLocale(), getMessages(), pageTranslations("Layout")]);
  return (
    // next-themes sets the class before paint; React must not complain about it.
    <html lang={locale} dir={textDirection(locale as Locale)} suppressHydrationWarning>
      <body className="flex min-h-screen flex-col">
        {/* Only what the layout's client components use; each page adds its own (PageMessages). */}
        <NextIntlClientProvider messages={pickNamespaces(messages, LAYOUT_NAMESPACES)}>
          <ThemeProvider nonce={nonce}>
            <a
              href="#main"
              className="sr-only z-50 rounded bg-indigo-700 px-3 py-2 text-white focus:not-sr-only focus:fixed focus:start-2 focus:top-2"
            >
              {t("skipToContent")}
            </a>
            <AnnouncerProvider>
              <SiteHeader />
              <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:px-6">
                {children}
              </main>
              <SiteFooter />
            </AnnouncerProvider>
            <TimeZoneCookie />
          </ThemeProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
