import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { AnnouncerProvider } from "@/components/ui/announcer";
import { SiteHeader } from "@/components/site-header";
import { ThemeProvider } from "@/components/theme-provider";
import { TimeZoneCookie } from "@/components/time-zone-cookie";
import { env } from "../server/platform/env";
import "./globals.css";

const DESCRIPTION =
  "Waymark turns a learning roadmap into a living dashboard: tick items, follow curated resources, keep notes and watch your progress grow.";

export const metadata: Metadata = {
  // Absolute URLs in link previews: the public address when configured.
  metadataBase: new URL(env().AUTH_URL ?? "http://localhost:3000"),
  title: { default: "Waymark: learning roadmaps you can tick off", template: "%s · Waymark" },
  description: DESCRIPTION,
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
    description: DESCRIPTION,
    images: [{ url: "/og-image.png", width: 1200, height: 630, alt: "Waymark: learning roadmaps you can tick off" }],
  },
  twitter: { card: "summary_large_image" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f8fafc" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Set by proxy.ts for this request's Content-Security-Policy.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    // next-themes sets the class before paint; React must not complain about it.
    <html lang="en" suppressHydrationWarning>
      <body className="flex min-h-screen flex-col">
        <ThemeProvider nonce={nonce}>
          <a
            href="#main"
            className="sr-only z-50 rounded bg-indigo-700 px-3 py-2 text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
          >
            Skip to content
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
      </body>
    </html>
  );
}
