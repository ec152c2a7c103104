import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { pageTranslations } from "@/server/i18n/server-translator";
import { listExploreRoadmaps } from "@/server/services/roadmaps/listing/list-explore-roadmaps";
import { DomainError } from "@/shared/errors";
import { isSkillName } from "@/shared/roadmap-markdown/skill-names";
import { PageLinks } from "@/components/own-roadmaps/page-links";
import { RoadmapCards } from "@/components/own-roadmaps/roadmap-cards";
import { Button } from "@/components/ui/button";
import { fieldClass } from "@/components/ui/field-class";
import { EmptyState } from "@/components/ui/empty-state";
import { PageTitle } from "@/components/ui/page-title";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageTranslations("Explore"))("metaTitle") };
}
export const dynamic = "force-dynamic";

const PAGE_SIZE = 20;

// What a learner typed, isolated from the sentence around it (a Latin name in an Arabic sentence).
const bdi = (chunks: ReactNode) => <bdi>{chunks}</bdi>;

interface Props {
  searchParams: Promise<{ q?: string; after?: string; skill?: string }>;
}

/**
 * Public roadmaps, built-in and learners', newest first, searchable by title
 * and filtered by a skill they teach (?skill=git: an item claims it). Never
 * unlisted or private ones.
 */
export default async function ExplorePage({ searchParams }: Props) {
  const [{ q = "", after = null, skill: askedSkill = "" }, t] = await Promise.all([
    searchParams,
    pageTranslations("Explore"),
  ]);
  const query = q.trim().slice(0, 100);
  const wanted = String(askedSkill).trim().toLowerCase().slice(0, 100);
  // A name no item could claim filters nothing: the page says so instead of failing.
  const skill = isSkillName(wanted) ? wanted : null;
  const filters = { query: query || null, skill };
  let page;
  try {
    page = await listExploreRoadmaps({ first: PAGE_SIZE, after, ...filters });
  } catch (error) {
    // A cursor from another list (or an old link): start again from the first page.
    if (!(error instanceof DomainError)) throw error;
    page = await listExploreRoadmaps({ first: PAGE_SIZE, ...filters });
  }
  const roadmaps = page.edges.map((edge) => edge.node);
  const params: Record<string, string> = { ...(query ? { q: query } : {}), ...(skill ? { skill } : {}) };
  return (
    <div className="space-y-6">
      <PageTitle description={t("description")}>{t("title")}</PageTitle>
      <form role="search" action="/explore" className="flex max-w-2xl flex-wrap items-end gap-2">
        <div className="min-w-0 flex-[2_1_12rem]">
          <label htmlFor="explore-query" className="block text-sm font-medium">
            {t("titleLabel")}
          </label>
          <input
            id="explore-query"
            name="q"
            type="search"
            defaultValue={query}
            maxLength={100}
            placeholder={t("titlePlaceholder")}
            className={fieldClass("mt-1 w-full")}
          />
        </div>
        <div className="min-w-0 flex-[1_1_8rem]">
          <label htmlFor="explore-skill" className="block text-sm font-medium">
            {t("skillLabel")}
          </label>
          <input
            id="explore-skill"
            name="skill"
            type="search"
            defaultValue={skill ?? wanted}
            maxLength={40}
            placeholder={t("skillPlaceholder")}
            autoCapitalize="off"
            spellCheck={false}
            aria-describedby={wanted && !skill ? "explore-skill-problem" : undefined}
            className={fieldClass("mt-1 w-full")}
          />
        </div>
        <Button type="submit" variant="primary">
          {t("search")}
        </Button>
      </form>
      {wanted && !skill && (
        <p id="explore-skill-problem" className="text-sm text-red-800 dark:text-red-300">
          {t.rich("notASkill", { name: wanted, bdi })}
        </p>
      )}
      {skill && (
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span>{t("teaching")}</span>
          <span className="inline-flex items-center gap-1 rounded-full border border-indigo-300 bg-indigo-50 px-2.5 py-0.5 font-medium text-indigo-900 dark:border-indigo-700 dark:bg-indigo-950 dark:text-indigo-200">
            {skill}
            <Link
              href={query ? `/explore?${new URLSearchParams({ q: query })}` : "/explore"}
              aria-label={t("removeSkill", { skill })}
              className="rounded-full px-1 hover:bg-indigo-100 dark:hover:bg-indigo-900"
            >
              <span aria-hidden="true">×</span>
            </Link>
          </span>
          <Link href={`/skills/${skill}`} className="text-indigo-700 underline dark:text-indigo-300">
            {t("aboutSkill")}
          </Link>
        </p>
      )}
      {roadmaps.length === 0 ? (
        <EmptyState>
          {skill
            ? query
              ? t.rich("noneForSkillAndQuery", { skill, query, bdi })
              : t.rich("noneForSkill", { skill, bdi })
            : query
              ? t.rich("noneForQuery", { query, bdi })
              : t("none")}{" "}
          <Link href="/roadmaps/new" className="font-medium text-indigo-700 underline dark:text-indigo-300">
            {t("writeOne")}
          </Link>
        </EmptyState>
      ) : (
        <RoadmapCards roadmaps={roadmaps} />
      )}
      <PageLinks
        path="/explore"
        params={params}
        after={after}
        nextCursor={page.hasNextPage ? (page.edges.at(-1)?.cursor ?? null) : null}
      />
    </div>
  );
}
