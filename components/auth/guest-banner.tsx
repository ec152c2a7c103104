import { useTranslations } from "next-intl";
import { Suspense, type ReactNode } from "react";
import { Notice } from "../ui/notice";
import { SignInForm } from "./sign-in-form";

/** Tells a visitor where their ticks go, and how to keep them everywhere. */
export function GuestBanner({ signInEnabled, children }: { signInEnabled: boolean; children?: ReactNode }) {
  const t = useTranslations("GuestBanner");
  return (
    <Notice
      aria-label={t("label")}
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
          {t("text")}
          {signInEnabled && ` ${t("keep")}`}
        </>
      )}
    </Notice>
  );
}
