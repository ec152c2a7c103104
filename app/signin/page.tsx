import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { pageTranslations } from "@/server/i18n/server-translator";
import { Suspense } from "react";
import { SignInForm } from "@/components/auth/sign-in-form";
import { githubSignInEnabled } from "@/server/auth/github-endpoints";
import { sameSitePath } from "@/shared/sign-in/same-site-path";
import { signInPurpose } from "@/shared/sign-in/sign-in-purpose";
import { Card } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageTranslations("Metadata"))("signIn") };
}
export const dynamic = "force-dynamic";

// Auth.js's error codes, and the message for each.
const ERRORS = {
  AccessDenied: "errorAccessDenied",
  Configuration: "errorConfiguration",
  Verification: "errorVerification",
} as const;

const link = "font-medium text-indigo-700 underline dark:text-indigo-300";

interface Props {
  searchParams: Promise<{ error?: string | string[]; callbackUrl?: string | string[] }>;
}

/**
 * Where a visitor lands when a page needs an account. It says what that page is
 * for ("Sign in to write your own roadmap") and comes back to it afterwards.
 * Where this site has no sign-in at all, it says so plainly, with what a guest
 * can do instead and a way back; the operator's instructions are folded away
 * (and in the server's log at start).
 */
export default async function SignInPage({ searchParams }: Props) {
  const { error, callbackUrl } = await searchParams;
  const [requestHeaders, t] = await Promise.all([headers(), pageTranslations("SignIn")]);
  const origin = siteOrigin(requestHeaders);
  const wanted = sameSitePath(callbackUrl, origin);
  const purpose = signInPurpose(wanted);
  const back = backLink(sameSitePath(requestHeaders.get("referer"), origin), wanted);
  const backLabel = t(back.label);
  const errorText =
    typeof error === "string"
      ? t(Object.hasOwn(ERRORS, error) ? ERRORS[error as keyof typeof ERRORS] : "errorOther")
      : null;

  if (!githubSignInEnabled()) {
    return (
      <div className="mx-auto max-w-xl space-y-5 py-10" data-testid="sign-in-disabled">
        <h1 className="text-2xl font-bold">{t("disabledTitle")}</h1>
        <p className="text-slate-700 dark:text-slate-300">
          {purpose && <>{t("youWanted", { purpose })} </>}
          {t("disabled")}
        </p>
        <Card as="section" aria-labelledby="guest-heading" className="space-y-2">
          <h2 id="guest-heading" className="font-semibold">
            {t("guestHeading")}
          </h2>
          <ul className="list-disc space-y-1 ps-5 text-sm">
            <li>
              {t.rich("guestFollow", {
                link: (chunks) => (
                  <Link href="/" className={link}>
                    {chunks}
                  </Link>
                ),
              })}
            </li>
            <li>
              {t.rich("guestExplore", {
                link: (chunks) => (
                  <Link href="/explore" className={link}>
                    {chunks}
                  </Link>
                ),
              })}
            </li>
            <li>
              {t.rich("guestApi", {
                link: (chunks) => (
                  <Link href="/playground" className={link}>
                    {chunks}
                  </Link>
                ),
              })}
            </li>
          </ul>
        </Card>
        <p>
          <Link href={back.href} className={link} data-testid="sign-in-back">
            {backLabel}
          </Link>
        </p>
        <details className="text-sm text-slate-700 dark:text-slate-300">
          <summary className="cursor-pointer font-medium">{t("runningSite")}</summary>
          <p className="mt-2">{t.rich("runningSiteHelp", { code: (chunks) => <code>{chunks}</code> })}</p>
        </details>
      </div>
    );
  }

  return (
    <div className="mx-auto max-w-md space-y-4 py-10 text-center">
      <h1 className="text-2xl font-bold">{purpose ? t("titleFor", { purpose }) : t("title")}</h1>
      {errorText && (
        <p
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {errorText}
        </p>
      )}
      <p className="text-slate-700 dark:text-slate-300">
        {purpose && <>{t("comeBack")} </>}
        {t("why")}
      </p>
      <div className="flex justify-center">
        <Suspense>
          <SignInForm redirectTo={wanted ?? "/dashboard"} label={t("withGithub")} />
        </Suspense>
      </div>
      <p className="text-sm">
        <Link href={back.href} className={link} data-testid="sign-in-back">
          {backLabel}
        </Link>
      </p>
    </div>
  );
}

/** This site's origin as the browser sees it, to recognise its own absolute addresses. */
function siteOrigin(requestHeaders: Headers): string | undefined {
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host");
  if (!host) return undefined;
  const protocol = requestHeaders.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? "http";
  try {
    return new URL(`${protocol}://${host}`).origin;
  } catch {
    return undefined;
  }
}

/** Back to the page the visitor came from (never this one, nor the page that sent them here), or home. */
function backLink(
  from: string | null,
  wanted: string | null,
): { href: string; label: "backToWhereYouWere" | "backToRoadmaps" } {
  const fromPath = from?.split(/[?#]/, 1)[0];
  if (from && fromPath !== "/signin" && from !== wanted) return { href: from, label: "backToWhereYouWere" };
  return { href: "/", label: "backToRoadmaps" };
}
