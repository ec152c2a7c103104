import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import { sessionViewer } from "@/server/auth/viewer-from-request";
import { previewCohortInvite } from "@/server/services/cohorts/preview-cohort-invite";
import { loadRoadmapContents } from "@/server/services/roadmaps/content/roadmap-content";
import { BadInputError, NotFoundError } from "@/shared/errors";
import { formatDate } from "@/shared/format-date";
import { timeZoneFromCookie } from "@/shared/time-zone-cookie";
import { JoinCohortButton } from "@/components/cohorts/join-cohort-button";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";

export const metadata: Metadata = { title: "Join a cohort", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ secret: string }>;
}

/**
 * An invite link: the cohort, its roadmap and exactly what its mentors will see,
 * then an explicit Join. A link that was rotated away, expired or used up says so.
 */
export default async function JoinCohortPage({ params }: Props) {
  const { secret } = await params;
  const viewer = await sessionViewer();
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(`/cohorts/join/${secret}`)}`);
  let preview;
  try {
    preview = await previewCohortInvite(viewer, { invite: secret });
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof BadInputError) {
      return <DeadInvite reason={error instanceof NotFoundError ? null : error.message} />;
    }
    throw error;
  }
  const [content] = await loadRoadmapContents(viewer, [preview.roadmapId]);
  if (!content) return <DeadInvite reason={null} />;
  const roadmap = content.roadmap;
  const timeZone = timeZoneFromCookie(await cookies());
  return (
    <Card padding="lg" className="mx-auto max-w-2xl space-y-5" data-testid="join-cohort">
      <PageTitle
        description={
          <>
            A cohort of {preview.memberCount} member{preview.memberCount === 1 ? "" : "s"} following{" "}
            <Link
              href={`/roadmaps/${roadmap.slug}`}
              className="font-medium text-indigo-700 underline dark:text-indigo-300"
            >
              {roadmap.title}
            </Link>
            {preview.expiresAt ? ` (this link works until ${formatDate(preview.expiresAt, { timeZone })})` : ""}.
          </>
        }
      >
        Join {preview.name}
      </PageTitle>
      {preview.viewerIsMember ? (
        <p>
          You are in this cohort already.{" "}
          <Link href={`/cohorts/${preview.cohortId}`} className={buttonClass({ variant: "primary" })}>
            Open {preview.name}
          </Link>
        </p>
      ) : (
        <>
          <section aria-labelledby="join-sees" className="space-y-2 text-sm">
            <h2 id="join-sees" className="text-base font-semibold">
              What the cohort&apos;s owner and mentors will see
            </h2>
            <ul className="list-disc space-y-1 ps-5" data-testid="mentors-see">
              <li>Your GitHub login, name and avatar.</li>
              <li>Your status of every item of {roadmap.title}, and your percent by section.</li>
              <li>Your pace, forecast and target date on this roadmap, as on your dashboard.</li>
              <li>When you last changed a status here, and items in progress for more than 14 days.</li>
            </ul>
            <h2 className="pt-2 text-base font-semibold">What nobody in the cohort sees</h2>
            <ul className="list-disc space-y-1 ps-5" data-testid="nobody-sees">
              <li>Your notes, unless you share one with the cohort yourself.</li>
              <li>Your other roadmaps, your e-mail address and your tokens.</li>
              <li>
                Other members see where the cohort stands without names; your name and figures only if you choose to
                show them.
              </li>
            </ul>
            <p>You can leave at any time: from then on nothing of yours shows in the cohort.</p>
          </section>
          <JoinCohortButton invite={secret} name={preview.name} />
        </>
      )}
    </Card>
  );
}

function DeadInvite({ reason }: { reason: string | null }) {
  return (
    <Card padding="lg" className="mx-auto max-w-xl space-y-4" data-testid="dead-invite">
      <PageTitle
        description={reason ?? "This invite link does not work: it was replaced by a newer one, or the cohort is gone."}
      >
        This invite link no longer works
      </PageTitle>
      <p>
        Ask the cohort&apos;s owner or a mentor for a current link.{" "}
        <Link href="/cohorts" className="font-medium text-indigo-700 underline dark:text-indigo-300">
          Your cohorts
        </Link>
      </p>
    </Card>
  );
}
