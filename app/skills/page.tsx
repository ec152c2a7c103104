import type { Metadata } from "next";
import Link from "next/link";
import { pageTranslations } from "@/server/i18n/server-translator";
import { sessionViewer } from "@/server/auth/viewer-from-request";
import { searchSkills } from "@/server/services/skills/search-skills";
import { DomainError } from "@/shared/errors";
import { PageLinks } from "@/components/own-roadmaps/page-links";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { fieldClass } from "@/components/ui/field-class";
import { PageTitle } from "@/components/ui/page-title";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageTranslations("Skills"))("metaTitle") };
}
export const dynamic = "force-dynamic";

const PAGE_SIZE = 50;

interface Props {
  searchParams: Promise<{ q?: string; after?: string }>;
}

/** The skills roadmaps teach, by name, searchable by name or title (search-skills.ts). */
export default async function SkillsPage({ searchParams }: Props) {
  const [{ q = "", after = null }, t] = await Promise.all([searchParams, pageTranslations("Skills")]);
  const query = q.trim().slice(0, 100);
  const viewer = await sessionViewer();
  let page;
  try {
    page = await searchSkills(viewer, { first: PAGE_SIZE, after, query: query || null });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    page = await searchSkills(viewer, { first: PAGE_SIZE, query: query || null });
  }
  return (
    <div className="space-y-6">
      <PageTitle description={t("description")}>{t("title")}</PageTitle>
      <form role="search" action="/skills" className="flex max-w-lg gap-2">
        <label htmlFor="skills-query" className="sr-only">
          {t("searchLabel")}
        </label>
        <input
          id="skills-query"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={100}
          placeholder={t("searchPlaceholder")}
          className={fieldClass("min-w-0 flex-1")}
        />
        <Button type="submit" variant="primary">
          {t("search")}
        </Button>
      </form>
      {page.edges.length === 0 ? (
        <EmptyState>
          {query ? t.rich("noMatch", { query, bdi: (chunks) => <bdi>{chunks}</bdi> }) : t("none")}
        </EmptyState>
      ) : (
        <Card as="ul" padding="none" className="divide-y divide-slate-200 dark:divide-slate-800">
          {page.edges.map(({ node }) => (
            <li key={node.name} className="flex flex-wrap items-baseline justify-between gap-2 p-3">
              <Link
                href={`/skills/${node.name}`}
                className="font-medium text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
              >
                {node.title}
              </Link>
              <code className="text-sm text-slate-600 dark:text-slate-400">{node.name}</code>
            </li>
          ))}
        </Card>
      )}
      <PageLinks
        path="/skills"
        params={query ? { q: query } : {}}
        after={after}
        nextCursor={page.hasNextPage ? (page.edges.at(-1)?.cursor ?? null) : null}
      />
    </div>
  );
}
