import type { Metadata } from "next";
import { Suspense } from "react";
import { SignInForm } from "@/components/auth/sign-in-form";
import { githubSignInEnabled } from "@/app/lib/auth/github-endpoints";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

const ERRORS: Record<string, string> = {
  AccessDenied: "GitHub did not grant access. Try again, and approve the request on GitHub.",
  Configuration: "Sign-in is misconfigured on this server. The administrator can find details in the server log.",
  Verification: "The sign-in link expired. Start again.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  return (
    <div className="mx-auto max-w-md space-y-4 py-10 text-center">
      <h1 className="text-2xl font-bold">Sign in to Waymark</h1>
      {error && (
        <p
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {ERRORS[error] ?? "Sign-in failed. Please try again."}
        </p>
      )}
      {githubSignInEnabled() ? (
        <>
          <p className="text-slate-700 dark:text-slate-300">
            Sign in to keep your progress on every device, see your dashboard, and create API tokens. Anything you
            ticked as a guest in this browser is added to your account.
          </p>
          <div className="flex justify-center">
            <Suspense>
              <SignInForm />
            </Suspense>
          </div>
        </>
      ) : (
        <p className="text-slate-700 dark:text-slate-300">
          GitHub sign-in is not configured on this server. You can still tick items as a guest: your progress stays in
          this browser. To enable sign-in, set <code>AUTH_GITHUB_ID</code> and <code>AUTH_GITHUB_SECRET</code> (see the
          README).
        </p>
      )}
    </div>
  );
}
