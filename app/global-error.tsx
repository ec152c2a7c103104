"use client";

import { ErrorPanel } from "@/components/errors/error-panel";
import "./globals.css";

// The layout that knows the learner's language failed: English (messages/en.json's ErrorPanel).
const TEXT = {
  title: "Something went wrong",
  description: "This page could not be shown. Nothing you saved is lost; it is usually a passing problem.",
  tryAgain: "Try again",
  home: "Go to the roadmaps",
  reference: "Reference for support:",
};

/**
 * When the site's layout itself failed (its header reads the session, so a
 * database that hangs mid-request ends up here): the same panel, in a page of
 * its own, since the layout cannot be used.
 */
export default function GlobalError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen items-center justify-center bg-slate-50 px-4 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
        <main className="w-full">
          <ErrorPanel {...props} text={TEXT} />
        </main>
      </body>
    </html>
  );
}
