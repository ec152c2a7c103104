import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { getLocale } from "next-intl/server";
import { pageTranslations } from "@/server/i18n/server-translator";
import { sessionViewer } from "@/server/auth/viewer-from-request";
import { previewCohortInvite } from "@/server/services/cohorts/preview-cohort-invite";
import { loadRoadmapContents } from "@/server/services/roadmaps/content/roadmap-content";
import { BadInputError, NotFoundError } from "@/shared/errors";
import { formatDate } from "@/shared/format-date";
import { dateLocale } from "@/shared/i18n/date-locale";
import { DEFAULT_LOCALE, isLocale } from "@/shared/i18n/locales";
import { timeZoneFromCookie } from "@/shared/time-zone-cookie";
import { JoinCohortButton } from "@/components/cohorts/join-cohort-button";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageTranslations("JoinCohort"))("metaTitle"), referrer: "no-referrer" };
}
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
  const [jar, t, locale] = await Promise.all([cookies(), pageTranslations("JoinCohort"), getLocale()]);
  const timeZone = timeZoneFromCookie(jar);
  const until = preview.expiresAt
    ? formatDate(preview.expiresAt, { timeZone, locale: dateLocale(isLocale(locale) ? locale : DEFAULT_LOCALE) })
    : null;
  const roadmapLink = (chunks: ReactNode) => (
    <Link href={`/roadmaps/${roadmap.slug}`} className="font-medium text-indigo-700 underline dark:text-indigo-300">
      {chunks}
    </Link>
  );
  return (
    <Card padding="lg" className="mx-auto max-w-2xl space-y-5" data-testid="join-cohort">
      <PageTitle
        description={
          until
            ? t.rich("descriptionUntil", {
                count: preview.memberCount,
                roadmap: roadmap.title,
                until,
                link: roadmapLink,
              })
            : t.rich("description", { count: preview.memberCount, roadmap: roadmap.title, link: roadmapLink })
        }
      >
        {t("title", { name: preview.name })}
      </PageTitle>
      {preview.viewerIsMember ? (
        <p>
          {t("already")}{" "}
          <Link href={`/cohorts/${preview.cohortId}`} className={buttonClass({ variant: "primary" })}>
            {t("open", { name: preview.name })}
          </Link>
        </p>
      ) : (
        <>
          <section aria-labelledby="join-sees" className="space-y-2 text-sm">
            <h2 id="join-sees" className="text-base font-semibold">
              {t("mentorsSee")}
            </h2>
            <ul className="list-disc space-y-1 ps-5" data-testid="mentors-see">
              <li>{t("seeLogin")}</li>
              <li>{t("seeStatuses", { roadmap: roadmap.title })}</li>
              <li>{t("seePace")}</li>
              <li>{t("seeActivity")}</li>
            </ul>
            <h2 className="pt-2 text-base font-semibold">{t("nobodySees")}</h2>
            <ul className="list-disc space-y-1 ps-5" data-testid="nobody-sees">
              <li>{t("hiddenNotes")}</li>
              <li>{t("hiddenOther")}</li>
              <li>{t("hiddenFromMembers")}</li>
            </ul>
            <p>{t("leaveAnyTime")}</p>
          </section>
          <JoinCohortButton invite={secret} name={preview.name} />
        </>
      )}
    </Card>
  );
}

/*
 * Why a link is refused, in the page's language: the API says it in English
 * (its errors are English), so the reasons it gives are matched here; any other
 * is quoted as it came.
 */
const DEAD_REASONS: { pattern: RegExp; key: string }[] = [
  { pattern: /expired/, key: "deadExpired" },
  { pattern: /used as many times/, key: "deadUsedUp" },
  { pattern: /not an invite link/, key: "deadNotALink" },
];

async function DeadInvite({ reason }: { reason: string | null }) {
  const t = await pageTranslations("JoinCohort");
  const known = reason === null ? null : DEAD_REASONS.find((entry) => entry.pattern.test(reason));
  return (
    <Card padding="lg" className="mx-auto max-w-xl space-y-4" data-testid="dead-invite">
      <PageTitle description={reason === null ? t("deadReplaced") : known ? t(known.key) : reason}>
        {t("deadTitle")}
      </PageTitle>
      <p>
        {t("deadAsk")}{" "}
        <Link href="/cohorts" className="font-medium text-indigo-700 underline dark:text-indigo-300">
          {t("yourCohorts")}
        </Link>
      </p>
    </Card>
  );
}
