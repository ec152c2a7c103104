import { Suspense, type ReactNode } from "react";
import { Notice } from "../ui/notice";
import { SignInForm } from "./sign-in-form";

/** Tells a visitor where their ticks go, and how to keep them everywhere. */
export function GuestBanner({ signInEnabled, children }: { signInEnabled: boolean; children?: ReactNode }) {
  return (
    <Notice
      aria-label="Guest mode"
      className="mb-6"
      action={
        signInEnabled && (
          <Suspense>
            <SignInForm className="shrink-0" />
          </Suspense>
        )
      }
    >
      {children ?? (
        <>
          You are not signed in: what you tick is kept in this browser.
          {signInEnabled && " Sign in with GitHub to keep it on every device; nothing you ticked is lost."}
        </>
      )}
    </Notice>
  );
}
