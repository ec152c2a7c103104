"use client";

import { useTranslations } from "next-intl";
import { usePathname, useSearchParams } from "next/navigation";
import { signInWithGithub } from "@/server/auth/sign-in-actions";

/**
 * "Sign in with GitHub", coming back to `redirectTo` (the sign-in page passes the
 * page the learner wanted, checked on the server) or else to the page it is on.
 */
export function SignInForm({
  className = "",
  label,
  redirectTo: wanted,
}: {
  className?: string;
  label?: string;
  redirectTo?: string;
}) {
  const t = useTranslations("SignInForm");
  const pathname = usePathname();
  const next = useSearchParams().get("callbackUrl");
  const redirectTo = wanted ?? (pathname === "/signin" ? (next ?? "/dashboard") : pathname);
  return (
    <form action={signInWithGithub}>
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <button
        type="submit"
        className={`inline-flex items-center gap-2 rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-white ${className}`}
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" className="h-4 w-4" fill="currentColor">
          <path d="M8 0C3.6 0 0 3.6 0 8c0 3.5 2.3 6.5 5.5 7.6.4.1.5-.2.5-.4v-1.4c-2.2.5-2.7-1-2.7-1-.4-.9-.9-1.2-.9-1.2-.7-.5.1-.5.1-.5.8.1 1.2.8 1.2.8.7 1.2 1.9.9 2.3.7.1-.5.3-.9.5-1.1-1.8-.2-3.6-.9-3.6-4 0-.9.3-1.6.8-2.1-.1-.2-.4-1 .1-2.1 0 0 .7-.2 2.2.8.6-.2 1.3-.3 2-.3s1.4.1 2 .3c1.5-1 2.2-.8 2.2-.8.4 1.1.2 1.9.1 2.1.5.6.8 1.3.8 2.1 0 3.1-1.9 3.7-3.6 3.9.3.3.5.8.5 1.5v2.2c0 .2.1.5.6.4C13.7 14.5 16 11.5 16 8c0-4.4-3.6-8-8-8z" />
        </svg>
        {label ?? t("withGithub")}
      </button>
    </form>
  );
}
