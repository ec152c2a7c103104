import type { Metadata } from "next";
import Link from "next/link";
import { listExploreRoadmaps } from "@/server/services/roadmaps/listing/list-explore-roadmaps";
import { DomainError } from "@/shared/errors";
import { PageLinks } from "@/components/own-roadmaps/page-links";
import { RoadmapCards } from "@/components/own-roadmaps/roadmap-cards";
import { Button } from "@/components/ui/button";
import { fieldClass } from "@/components/ui/field-class";
import { EmptyState } from "@/components/ui/empty-state";
import { PageTitle } from "@/components/ui/page-title";

export const metadata: Metadata = { title: "Explore roadmaps" };
export const dynamic = "force-dynamic";

const PAGE_SIZE = 20;

interface Props {
  searchParams: Promise<{ q?: string; after?: string }>;
}

/** Public roadmaps, built-in and learners', newest first, searchable by title. Never unlisted or private ones. */
export default async function ExplorePage({ searchParams }: Props) {
  const { q = "", after = null } = await searchParams;
  const query = q.trim().slice(0, 100);
  let page;
  try {
    page = await listExploreRoadmaps({ first: PAGE_SIZE, after, query: query || null });
  } catch (error) {
    // A cursor from another list (or an old link): start again from the first page.
    if (!(error instanceof DomainError)) throw error;
    page = await listExploreRoadmaps({ first: PAGE_SIZE, query: query || null });
  }
  const roadmaps = page.edges.map((edge) => edge.node);
  return (
    <div className="space-y-6">
      <PageTitle description="Roadmaps learners have made public, and the built-in ones. Fork one to make it your own, or follow it as it is.">
        Explore
      </PageTitle>
      <form role="search" action="/explore" className="flex max-w-lg gap-2">
        <label htmlFor="explore-query" className="sr-only">
          Search roadmaps by title
        </label>
        <input
          id="explore-query"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={100}
          placeholder="Search by title"
          className={fieldClass("min-w-0 flex-1")}
        />
        <Button type="submit" variant="primary">
          Search
        </Button>
      </form>
      {roadmaps.length === 0 ? (
        <EmptyState>
          {query ? `No public roadmap has “${query}” in its title.` : "No public roadmaps yet."}{" "}
          <Link href="/roadmaps/new" className="font-medium text-indigo-700 underline dark:text-indigo-300">
            Write one
          </Link>
        </EmptyState>
      ) : (
        <RoadmapCards roadmaps={roadmaps} />
      )}
      <PageLinks
        path="/explore"
        params={query ? { q: query } : {}}
        after={after}
        nextCursor={page.hasNextPage ? (page.edges.at(-1)?.cursor ?? null) : null}
      />
    </div>
  );
}
