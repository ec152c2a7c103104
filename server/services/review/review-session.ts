import "server-only";

import type { ReviewRatingName } from "../../../shared/review/review-limits";
import { nextIntervals } from "../../../shared/review/scheduler";
import { loadItemStates } from "../progress/load-item-states";
import { loadRoadmapContents } from "../roadmaps/content/roadmap-content";
import type { Viewer } from "../viewer";
import { reviewQueueCounts, reviewQueuePage, type ReviewQueueCounts } from "./review-queue";
import { loadReviewSettings } from "./review-settings";

export interface ReviewSessionItem {
  itemId: string;
  title: string;
  sectionTitle: string;
  roadmapTitle: string;
  roadmapSlug: string;
  resources: { id: string; title: string; url: string }[];
  /** The learner's note, rendered (sanitised HTML); null without one. */
  noteHtml: string | null;
  /** The card's reps, sent back with the rating so that a retry counts once. */
  reps: number;
  /** Days until the next review for each rating given now. */
  intervals: Record<ReviewRatingName, number>;
}

export interface ReviewSession {
  counts: Omit<ReviewQueueCounts, "scope">;
  items: ReviewSessionItem[];
}

/** What the /review page shows: today's counts and the next items to review (up to 20), with their content. */
export async function loadReviewSession(viewer: Viewer, timeZone: string, roadmapId?: string): Promise<ReviewSession> {
  const counts = await reviewQueueCounts(viewer, { timeZone, roadmapId });
  const [page, settings] = await Promise.all([
    reviewQueuePage(counts, { first: 20 }),
    loadReviewSettings(viewer.userId),
  ]);
  const entries = page.edges.map((edge) => edge.node);
  const roadmapIds = [...new Set(entries.map((entry) => entry.roadmapId))];
  const [contents, states] = await Promise.all([
    loadRoadmapContents(viewer, roadmapIds),
    loadItemStates(viewer, roadmapIds),
  ]);
  const contentOf = new Map(contents.flatMap((content) => (content ? [[content.roadmap.id, content]] : [])));
  const now = new Date();
  const items = entries.flatMap((entry): ReviewSessionItem[] => {
    const content = contentOf.get(entry.roadmapId);
    const item = content?.itemById.get(entry.itemId);
    if (!content || !item) return [];
    const section = content.sections.find((candidate) => candidate.id === item.sectionId);
    return [
      {
        itemId: item.id,
        title: item.title,
        sectionTitle: section?.title ?? "",
        roadmapTitle: content.roadmap.title,
        roadmapSlug: content.roadmap.slug,
        resources: item.resources.map(({ id, title, url }) => ({ id, title, url })),
        noteHtml: states.notes.get(item.id)?.html ?? null,
        reps: entry.card.reps,
        intervals: nextIntervals(entry.card, now, settings.desiredRetention),
      },
    ];
  });
  const { scope: _scope, ...shown } = counts;
  return { counts: shown, items };
}
