import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { Suspense } from "react";
import { SignInForm } from "@/components/auth/sign-in-form";
import { githubSignInEnabled } from "@/server/auth/github-endpoints";
import { sameSitePath } from "@/shared/sign-in/same-site-path";
import { signInPurpose } from "@/shared/sign-in/sign-in-purpose";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

const ERRORS: Record<string, string> = {
  AccessDenied: "GitHub did not grant access. Try again, and approve the request on GitHub.",
  Configuration: "Sign-in is misconfigured on this server. The administrator can find details in the server log.",
  Verification: "The sign-in link expired. Start again.",
};

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
  const requestHeaders = await headers();
  const origin = siteOrigin(requestHeaders);
  const wanted = sameSitePath(callbackUrl, origin);
  const purpose = signInPurpose(wanted);
  const back = backLink(sameSitePath(requestHeaders.get("referer"), origin), wanted);
  const errorText = typeof error === "string" ? (ERRORS[error] ?? "Sign-in failed. Please try again.") : null;

  if (!githubSignInEnabled()) {
    return (
      <div className="mx-auto max-w-xl space-y-5 py-10" data-testid="sign-in-disabled">
        <h1 className="text-2xl font-bold">Sign-in is not enabled on this site</h1>
        <p className="text-slate-700 dark:text-slate-300">
          {purpose && <>You wanted to {purpose.action}, which needs an account. </>}
          This Waymark site has no sign-in set up, so nobody can sign in here for now.
        </p>
        <Card as="section" aria-labelledby="guest-heading" className="space-y-2">
          <h2 id="guest-heading" className="font-semibold">
            What you can do as a guest
          </h2>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            <li>
              <Link href="/" className={link}>
                Follow a roadmap
              </Link>
              : tick its items as you learn. Your progress is kept in this browser.
            </li>
            <li>
              <Link href="/explore" className={link}>
                Explore
              </Link>{" "}
              the roadmaps learners have shared.
            </li>
            <li>
              <Link href="/playground" className={link}>
                Try the GraphQL API
              </Link>{" "}
              in the playground.
            </li>
          </ul>
        </Card>
        <p>
          <Link href={back.href} className={link} data-testid="sign-in-back">
            {back.label}
          </Link>
        </p>
        <details className="text-sm text-slate-700 dark:text-slate-300">
          <summary className="cursor-pointer font-medium">Running this site?</summary>
          <p className="mt-2">
            Sign-in needs a GitHub OAuth app: set <code>AUTH_GITHUB_ID</code> and <code>AUTH_GITHUB_SECRET</code> and
            restart (see the README). The server&apos;s log says the same at start.
          </p>
        </details>
      </div>
    );
  }

  return (
    <div className="mx-auto max-w-md space-y-4 py-10 text-center">
      <h1 className="text-2xl font-bold">{purpose ? `Sign in to ${purpose.action}` : "Sign in to Waymark"}</h1>
      {errorText && (
        <p
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {errorText}
        </p>
      )}
      <p className="text-slate-700 dark:text-slate-300">
        {purpose && <>Signed in, you come straight back to it. </>}
        An account keeps your progress on every device and gives you a dashboard, your own roadmaps and API tokens.
        Anything you ticked as a guest in this browser is added to it.
      </p>
      <div className="flex justify-center">
        <Suspense>
          <SignInForm redirectTo={wanted ?? "/dashboard"} />
        </Suspense>
      </div>
      <p className="text-sm">
        <Link href={back.href} className={link} data-testid="sign-in-back">
          {back.label}
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
function backLink(from: string | null, wanted: string | null): { href: string; label: string } {
  const fromPath = from?.split(/[?#]/, 1)[0];
  if (from && fromPath !== "/signin" && from !== wanted) return { href: from, label: "Back to where you were" };
  return { href: "/", label: "Back to the roadmaps" };
}
