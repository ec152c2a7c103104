import type { Metadata } from "next";
import Link from "next/link";
import { pageTranslations } from "@/server/i18n/server-translator";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { sessionViewer } from "@/server/auth/viewer-from-request";
import { findSkills } from "@/server/services/skills/find-skills";
import { loadSkillPage } from "@/server/services/skills/load-skill-page";
import { DomainError } from "@/shared/errors";
import { timeZoneFromCookie } from "@/shared/time-zone-cookie";
import { PageLinks } from "@/components/own-roadmaps/page-links";
import { SkillStatusLine } from "@/components/skills/skill-status-line";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageTitle } from "@/components/ui/page-title";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 20;

interface Props {
  params: Promise<{ name: string }>;
  searchParams: Promise<{ after?: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [[skill], t] = await Promise.all([
    findSkills(await sessionViewer(), [decodeURIComponent((await params).name)]),
    pageTranslations("Skills"),
  ]);
  return { title: skill ? t("skillMetaTitle", { title: skill.title }) : t("notFoundTitle") };
}

/**
 * A skill: the viewer's status on it (the same on every roadmap) and where they
 * set it, and the roadmaps that teach it, only those it lists to the viewer
 * (PUBLIC ones and their own: listed-under-skill.ts). A name no roadmap the
 * viewer may know of claims is a 404.
 */
export default async function SkillPage({ params, searchParams }: Props) {
  const name = decodeURIComponent((await params).name);
  const { after = null } = await searchParams;
  const viewer = await sessionViewer();
  let data;
  try {
    data = await loadSkillPage(viewer, name, { first: PAGE_SIZE, after });
  } catch (error) {
    // A cursor from another list (or an old link): start again from the first page.
    if (!(error instanceof DomainError)) throw error;
    data = await loadSkillPage(viewer, name, { first: PAGE_SIZE, after: null });
  }
  if (!data) notFound();
  const { skill, status, source, items } = data;
  const [jar, t] = await Promise.all([cookies(), pageTranslations("Skills")]);
  const timeZone = timeZoneFromCookie(jar);
  return (
    <div className="space-y-6">
      <PageTitle
        description={t.rich("skillDescription", {
          name: skill.name,
          code: (chunks) => (
            <code dir="ltr" className="text-sm">
              {chunks}
            </code>
          ),
        })}
      >
        {skill.title}
      </PageTitle>
      <section aria-labelledby="status-heading" className="space-y-1">
        <h2 id="status-heading" className="text-lg font-semibold">
          {t("yourStatus")}
        </h2>
        {viewer ? (
          <SkillStatusLine status={status} source={source} timeZone={timeZone} />
        ) : (
          <p>
            {t.rich("signInToKeep", {
              link: (chunks) => (
                <Link
                  href={`/signin?callbackUrl=/skills/${skill.name}`}
                  className="font-medium text-indigo-700 underline dark:text-indigo-300"
                >
                  {chunks}
                </Link>
              ),
            })}
          </p>
        )}
      </section>
      <section aria-labelledby="roadmaps-heading" className="space-y-2">
        <h2 id="roadmaps-heading" className="text-lg font-semibold">
          {t("teachingRoadmaps")}
        </h2>
        {items.edges.length === 0 ? (
          <EmptyState testId="no-skill-roadmaps">{t("noRoadmaps")}</EmptyState>
        ) : (
          <Card as="ul" padding="none" className="divide-y divide-slate-200 dark:divide-slate-800">
            {items.edges.map(({ node }) => (
              <li key={node.itemId} className="p-3" data-testid="skill-roadmap">
                <Link
                  href={`/roadmaps/${node.roadmapSlug}#item-${node.itemId}`}
                  className="font-medium text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
                >
                  {node.roadmapTitle}
                </Link>
                <p className="text-sm break-words text-slate-700 dark:text-slate-300">{node.itemTitle}</p>
              </li>
            ))}
          </Card>
        )}
        <PageLinks
          path={`/skills/${skill.name}`}
          after={after}
          nextCursor={items.hasNextPage ? (items.edges.at(-1)?.cursor ?? null) : null}
        />
      </section>
    </div>
  );
}
