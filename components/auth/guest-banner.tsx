import { Suspense } from "react";
import { SignInForm } from "./sign-in-form";

/** Tells a visitor where their ticks go, and how to keep them everywhere. */
export function GuestBanner({ signInEnabled }: { signInEnabled: boolean }) {
  return (
    <aside
      aria-label="Guest mode"
      className="mb-6 flex flex-col gap-3 rounded-lg border border-indigo-200 bg-indigo-50 p-4 text-sm sm:flex-row sm:items-center sm:justify-between dark:border-indigo-900 dark:bg-indigo-950/50"
    >
      <p>
        You are not signed in: what you tick is kept in this browser.
        {signInEnabled && " Sign in with GitHub to keep it on every device; nothing you ticked is lost."}
      </p>
      {signInEnabled && (
        <Suspense>
          <SignInForm className="shrink-0" />
        </Suspense>
      )}
    </aside>
  );
}
