"use client";

import { ErrorPanel } from "@/components/errors/error-panel";
import "./globals.css";

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
          <ErrorPanel {...props} />
        </main>
      </body>
    </html>
  );
}
