import "server-only";

import { burnUps, type ProgressBucket } from "../activity/burn-up";
import { followedRoadmapIds } from "../activity/followed-roadmaps";
import { inProgressItems } from "../activity/in-progress-items";
import { computeCompletion, type Completion } from "../../../shared/completion";
import type { Plan } from "../../../shared/plan/plan-roadmap";
import { roadmapPlans } from "../plan/roadmap-plans";
import { loadProgress, type ProgressMap } from "../progress/load-progress";
import { loadRoadmapContentsIn, type RoadmapContent } from "../roadmaps/content/roadmap-content";
import { requireScope, type MaybeViewer } from "../viewer";

/*
 * The learner's dashboard, section by section, so that the page can stream each
 * one as soon as it is ready: the followed roadmaps (completion per section and
 * burn-up history), the "continue" list, and (in activity-summary.ts) the
 * heatmap with streaks.
 */

export interface DashboardRoadmap {
  id: string;
  slug: string;
  title: string;
  completion: Completion;
  sections: { key: string; title: string; completion: Completion }[];
  history: ProgressBucket[];
  /** Pace, forecast, target and this week, in the learner's time zone. */
  plan: Plan;
}

export interface ContinueItem {
  id: string;
  title: string;
  sectionTitle: string;
  roadmapSlug: string;
  roadmapTitle: string;
}

const CONTINUE_COUNT = 5;

/**
 * Followed roadmaps, most recently active first, with completion per section, a
 * year of burn-up history and the learner's plan. A few statements, however many
 * roadmaps the learner follows (the burn-ups of all of them are one).
 */
export async function dashboardRoadmaps(
  viewer: MaybeViewer,
  timeZone: string,
  /** The page's language: titles and sections from a roadmap's translation into it, where it has one. */
  language: string | null = null,
): Promise<DashboardRoadmap[]> {
  requireScope(viewer, "READ_PROGRESS");
  const ids = await followedRoadmapIds(viewer);
  const [contents, progress] = await Promise.all([
    loadRoadmapContentsIn(viewer, ids, language),
    loadProgress(viewer, ids),
  ]);
  const live = contents.flatMap((content) => (content ? [content] : []));
  const [plans, histories] = await Promise.all([
    roadmapPlans(viewer, live, timeZone),
    burnUps(
      viewer,
      live.map((content) => ({ roadmapId: content.roadmap.id, total: content.items.length })),
      { days: 365, timeZone },
    ),
  ]);
  return live.map((content) =>
    roadmapEntry(
      content,
      progress.get(content.roadmap.id) ?? new Map(),
      histories.get(content.roadmap.id)!,
      plans.get(content.roadmap.id)!,
    ),
  );
}

/** The few items the learner has in progress, to pick up where they left off. */
export async function continueItems(viewer: MaybeViewer, language: string | null = null): Promise<ContinueItem[]> {
  return (await inProgressItems(viewer, CONTINUE_COUNT, language)).map(({ item, sectionTitle, roadmap }) => ({
    id: item.id,
    title: item.title,
    sectionTitle,
    roadmapSlug: roadmap.slug,
    roadmapTitle: roadmap.title,
  }));
}

function roadmapEntry(
  content: RoadmapContent,
  progress: ProgressMap,
  history: ProgressBucket[],
  plan: Plan,
): DashboardRoadmap {
  const statusOf = (id: string) => progress.get(id)?.status;
  return {
    id: content.roadmap.id,
    slug: content.roadmap.slug,
    title: content.roadmap.title,
    completion: computeCompletion(
      content.items.map((item) => item.id),
      statusOf,
    ),
    sections: content.sections.map((section) => ({
      key: section.key,
      title: section.title,
      completion: computeCompletion(
        section.allItems.map((item) => item.id),
        statusOf,
      ),
    })),
    history,
    plan,
  };
}
