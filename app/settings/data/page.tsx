import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { sessionViewer } from "@/server/auth/viewer-from-request";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { SettingsNav } from "@/components/settings-nav";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";

export const metadata: Metadata = { title: "Your data" };
export const dynamic = "force-dynamic";

/** Everything Waymark holds about the learner, as one download; and deleting all of it. */
export default async function YourDataPage() {
  const viewer = await sessionViewer();
  if (!viewer) redirect("/signin?callbackUrl=/settings/data");
  return (
    <div className="space-y-6">
      <PageTitle description="What Waymark keeps about you is yours: take it out whenever you like, or delete it.">
        Your data
      </PageTitle>
      <SettingsNav current="/settings/data" />
      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">Download everything</h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          One JSON file: your profile, every status and its history, your notes, your review cards and every rating you
          gave, your access tokens&apos; names and dates (never their secrets, which Waymark does not keep), your
          sessions&apos; dates, and your roadmaps with their markdown. Each roadmap page also exports your progress on
          it as markdown, JSON or CSV.
        </p>
        <a href="/api/your-data" download className={buttonClass({ variant: "primary", className: "inline-block" })}>
          Download your data (JSON)
        </a>
      </Card>
      <Card className="space-y-3 border-red-200 dark:border-red-900">
        <h2 className="text-lg font-semibold">Delete your account</h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          This deletes your profile, statuses, history, notes and access tokens, signs you out everywhere, and deletes
          your roadmaps. Other learners&apos; progress on your public roadmaps goes with them; roadmaps they forked from
          yours stay theirs. There is no undo: download your data first if you want to keep it.
        </p>
        {viewer.login ? (
          <DeleteAccountForm login={viewer.login} />
        ) : (
          <p className="text-sm">Sign in again with GitHub to confirm with your login.</p>
        )}
      </Card>
    </div>
  );
}
