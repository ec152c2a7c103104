import { pageTranslations } from "@/server/i18n/server-translator";
import { Suspense } from "react";
import { githubSignInEnabled } from "@/server/auth/github-endpoints";
import { currentSession } from "@/server/auth/viewer-from-request";
import { signOutAction } from "@/server/auth/sign-in-actions";
import { GuestProgressMerger } from "./guest-progress-merger";
import { SignInForm } from "./sign-in-form";

/** The header's account corner: avatar, login and sign-out, or sign-in, or guest mode. */
export async function UserMenu() {
  const [session, t] = await Promise.all([currentSession(), pageTranslations("UserMenu")]);
  if (!session?.user) {
    if (!githubSignInEnabled()) {
      return (
        <span
          className="rounded bg-amber-100 px-2 py-1 text-xs font-medium text-amber-900 dark:bg-amber-950 dark:text-amber-200"
          title={t("guestModeHint")}
        >
          {t("guestMode")}
        </span>
      );
    }
    return (
      <Suspense>
        <SignInForm label={t("signIn")} />
      </Suspense>
    );
  }
  const { login, name, image } = session.user;
  return (
    <div className="flex items-center gap-2">
      <GuestProgressMerger />
      {image && (
        // A 28px avatar from GitHub: next/image optimisation would cost more than it saves.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={image} alt="" width={28} height={28} className="h-7 w-7 rounded-full" />
      )}
      {/* dir="auto": a login is written left to right, so in Arabic it is cut at its end, not at its start. */}
      <span
        dir="auto"
        className="max-w-24 truncate text-sm font-medium sm:max-w-40"
        data-testid="signed-in-login"
        title={login ?? name ?? ""}
      >
        {login ?? name}
      </span>
      <form action={signOutAction}>
        <button type="submit" className="rounded px-2 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800">
          {t("signOut")}
        </button>
      </form>
    </div>
  );
}
