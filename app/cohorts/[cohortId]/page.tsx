import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { pageTranslations } from "@/server/i18n/server-translator";
import { sessionViewer } from "@/server/auth/viewer-from-request";
import { getCohortOrThrow } from "@/server/services/cohorts/cohort-access";
import { loadCohortColumn } from "@/server/services/cohorts/load-cohort-column";
import { loadCohortPage, type CohortPageData } from "@/server/services/cohorts/load-cohort-page";
import { NotFoundError } from "@/shared/errors";
import { formatTime } from "@/shared/format-date";
import { dateLocale } from "@/shared/i18n/date-locale";
import { DEFAULT_LOCALE, isLocale } from "@/shared/i18n/locales";
import { timeZoneFromCookie } from "@/shared/time-zone-cookie";
import { CohortExitButton } from "@/components/cohorts/cohort-exit-button";
import { CohortMatrix } from "@/components/cohorts/cohort-matrix";
import { CohortStandingChart } from "@/components/cohorts/cohort-standing-chart";
import { InvitePanel } from "@/components/cohorts/invite-panel";
import { MemberActions } from "@/components/cohorts/member-actions";
import { readMatrixQuery } from "@/components/cohorts/matrix-view";
import { SharingForm } from "@/components/cohorts/sharing-form";
import { formatPace, type PlanTranslate } from "@/components/plan/format-plan";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ cohortId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The cohort's name in the tab, for its members; anyone else sees no more than "Cohort". */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [viewer, t] = await Promise.all([sessionViewer(), pageTranslations("Cohort")]);
  if (!viewer) return { title: t("metaTitle") };
  try {
    return { title: t("metaTitleOf", { name: (await getCohortOrThrow(viewer, (await params).cohortId)).name }) };
  } catch (error) {
    if (error instanceof NotFoundError) return { title: t("metaTitle") };
    throw error;
  }
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * A cohort, for its members only (anyone else gets the not-found page, as for a
 * cohort that does not exist): the mentor's matrix and the invite for its owner
 * and mentors, the standing for everyone, and each member's sharing choices.
 */
export default async function CohortPage({ params, searchParams }: Props) {
  const { cohortId } = await params;
  const viewer = await sessionViewer();
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(`/cohorts/${cohortId}`)}`);
  const timeZone = timeZoneFromCookie(await cookies());
  const query = readMatrixQuery(await searchParams);
  let data: CohortPageData;
  try {
    data = await loadCohortPage(viewer, cohortId, timeZone);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  const { cohort, runs } = data;
  const [column, t, p, locale] = await Promise.all([
    runs && query.open ? loadCohortColumn(viewer, cohort.id, query.open) : null,
    pageTranslations("Cohort"),
    pageTranslations("Plan"),
    getLocale(),
  ]);
  const dates = dateLocale(isLocale(locale) ? locale : DEFAULT_LOCALE);
  const owner = cohort.viewerRole === "OWNER";
  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <PageTitle
          description={t.rich("description", {
            roadmap: data.roadmap.title,
            count: cohort.memberCount,
            role: cohort.viewerRole,
            link: (chunks) => (
              <Link
                href={`/roadmaps/${data.roadmap.slug}`}
                className="font-medium text-indigo-700 underline dark:text-indigo-300"
              >
                {chunks}
              </Link>
            ),
          })}
        >
          {cohort.name}
        </PageTitle>
        {/* A div: the buttons' confirmation dialogs may not sit inside a paragraph. */}
        <div className="flex flex-wrap gap-2">
          {runs && (
            <a
              href={`/api/cohorts/${cohort.id}/export`}
              download
              className={buttonClass({ variant: "secondary", size: "bar" })}
              data-testid="cohort-csv"
            >
              {t("csv")}
            </a>
          )}
          <CohortExitButton cohortId={cohort.id} name={cohort.name} action={owner ? "delete" : "leave"} />
        </div>
      </header>

      {runs && (
        <section aria-labelledby="matrix-heading" className="space-y-3">
          <h2 id="matrix-heading" className="text-xl font-semibold">
            {t("matrix")}
          </h2>
          <CohortMatrix data={data} query={query} column={column} timeZone={timeZone} />
        </section>
      )}

      <Card as="section" aria-labelledby="standing-heading" className="space-y-3">
        <h2 id="standing-heading" className="text-xl font-semibold">
          {t("standing")}
        </h2>
        <CohortStandingChart standing={data.standing} />
      </Card>

      {!runs && <ShownMembers data={data} t={t} p={p} />}

      {data.sharedNotes.length > 0 && (
        <section aria-labelledby="notes-heading" className="space-y-2">
          <h2 id="notes-heading" className="text-xl font-semibold">
            {t("notes")}
          </h2>
          <ul className="space-y-3" data-testid="shared-notes">
            {data.sharedNotes.map((note, index) => (
              <Card as="li" key={index} className="space-y-1">
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  {t.rich("noteBy", {
                    author: note.author ? (note.author.name ?? note.author.login) : t("aMember"),
                    item: note.itemTitle,
                    strong: (chunks) => <span className="font-medium">{chunks}</span>,
                  })}
                </p>
                {/* Sanitised HTML, rendered on the server as on the roadmap page. */}
                <div className="prose-note text-sm" dangerouslySetInnerHTML={{ __html: note.html }} />
              </Card>
            ))}
          </ul>
        </section>
      )}

      {runs && data.invite && (
        <Card as="section" aria-labelledby="invite-heading" className="space-y-3">
          <h2 id="invite-heading" className="text-xl font-semibold">
            {t("invite")}
          </h2>
          <InvitePanel
            cohortId={cohort.id}
            link={data.invite.link}
            current={inviteSummary(data.invite, timeZone, dates, t)}
          />
        </Card>
      )}

      {owner && (
        <section aria-labelledby="members-heading" className="space-y-2">
          <h2 id="members-heading" className="text-xl font-semibold">
            {t("members")}
          </h2>
          <Card as="ul" padding="none" className="divide-y divide-slate-200 dark:divide-slate-800">
            {data.members.map((member) => (
              <li
                key={member.userId}
                className="flex flex-wrap items-center justify-between gap-2 p-3"
                data-testid="member-row"
                data-login={member.login}
              >
                <div className="min-w-0">
                  <p className="font-medium">{member.name ?? member.login}</p>
                  <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="member-role">
                    {member.login} · {t("role", { role: member.role })}
                  </p>
                </div>
                {member.role !== "OWNER" && (
                  <MemberActions cohortId={cohort.id} login={member.login} role={member.role} />
                )}
              </li>
            ))}
          </Card>
        </section>
      )}

      <Card as="section" aria-labelledby="sharing-heading" className="space-y-3">
        <h2 id="sharing-heading" className="text-xl font-semibold">
          {t("sharing")}
        </h2>
        <SharingForm
          cohortId={cohort.id}
          showMe={cohort.viewerShowsMe}
          notedItems={data.viewerNotedItems}
          sharedItemId={data.viewerSharedItemId}
          runs={runs}
        />
      </Card>
    </div>
  );
}

function inviteSummary(
  invite: NonNullable<CohortPageData["invite"]>,
  timeZone: string,
  locale: string,
  t: Translate,
): string {
  const made = formatTime(invite.createdAt, { timeZone, locale });
  const uses =
    invite.maxUses === null
      ? t("inviteUses", { uses: invite.uses })
      : t("inviteUsesOf", { uses: invite.uses, max: invite.maxUses });
  const current = invite.expiresAt
    ? t("inviteUntil", { made, until: formatTime(invite.expiresAt, { timeZone, locale }), uses })
    : t("inviteNever", { made, uses });
  const expired = invite.expiresAt !== null && invite.expiresAt.getTime() <= Date.now();
  const usedUp = invite.maxUses !== null && invite.uses >= invite.maxUses;
  const state = expired ? t("inviteExpired") : usedUp ? t("inviteUsedUp") : null;
  return [current, state, invite.link ? null : t("inviteNoLink")].filter(Boolean).join(" ");
}

/** A member's view of the others: only those who chose to show themselves, and the viewer. */
function ShownMembers({ data, t, p }: { data: CohortPageData; t: Translate; p: PlanTranslate }) {
  const others = data.cohort.memberCount - data.members.length;
  return (
    <section aria-labelledby="shown-heading" className="space-y-2">
      <h2 id="shown-heading" className="text-xl font-semibold">
        {t("shownHeading")}
      </h2>
      <Card padding="none" className="overflow-x-auto">
        <table className="min-w-full text-start text-sm tabular-nums" data-testid="shown-members">
          <caption className="sr-only">{t("shownCaption")}</caption>
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-800">
              <th scope="col" className="px-3 py-2 font-medium">
                {t("member")}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {t("percentColumn")}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {t("pace")}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.members.map((member) => (
              <tr
                key={member.userId}
                className="border-b border-slate-100 last:border-0 dark:border-slate-800"
                data-testid="shown-member"
                data-login={member.login}
              >
                <th scope="row" className="px-3 py-2 font-medium">
                  {member.name ?? member.login}
                  {member.isViewer && (
                    <span className="font-normal text-slate-600 dark:text-slate-400"> {t("you")}</span>
                  )}
                </th>
                <td className="px-3 py-2">{t("percent", { percent: member.completion.percent })}</td>
                <td className="px-3 py-2">{formatPace(p, member.plan.pacePerWeek)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {others === 0 ? t("everyoneShows") : t("othersHidden", { count: others })}
      </p>
    </section>
  );
}
