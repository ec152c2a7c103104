import { activitySummary, type ActivitySummary } from "../activity/activity-summary";
import { burnUp, type ProgressBucket } from "../activity/burn-up";
import { followedRoadmapIds, inProgressItemIds } from "../activity/followed-roadmaps";
import { computeCompletion, type Completion } from "../progress/completion";
import { loadProgress, type ProgressMap } from "../progress/read-progress";
import { loadRoadmapContents, type RoadmapContent } from "../roadmaps/roadmap-content";
import { requireScope, type MaybeViewer } from "../viewer";

export interface DashboardRoadmap {
  id: string;
  slug: string;
  title: string;
  completion: Completion;
  sections: { key: string; title: string; completion: Completion }[];
  history: ProgressBucket[];
}

export interface DashboardData {
  roadmaps: DashboardRoadmap[];
  activity: ActivitySummary;
  continueItems: { id: string; title: string; sectionTitle: string; roadmapSlug: string; roadmapTitle: string }[];
}

const CONTINUE_COUNT = 5;

/**
 * Everything the learner's dashboard shows: followed roadmaps with their
 * completion per section and burn-up history, the activity heatmap with streaks,
 * and items in progress. A handful of statements, plus one burn-up query per
 * followed roadmap (learners follow few; each is one indexed aggregate).
 */
export async function dashboardData(viewer: MaybeViewer, timeZone: string): Promise<DashboardData> {
  requireScope(viewer, "READ_PROGRESS");
  const [roadmapIds, activity, inProgress] = await Promise.all([
    followedRoadmapIds(viewer),
    activitySummary(viewer, timeZone),
    inProgressItemIds(viewer, CONTINUE_COUNT),
  ]);
  const ids = [...new Set([...roadmapIds, ...inProgress.map((row) => row.roadmapId)])];
  const [contents, progress] = await Promise.all([loadRoadmapContents(ids), loadProgress(viewer, ids)]);
  const contentById = new Map(contents.flatMap((content) => (content ? [[content.roadmap.id, content] as const] : [])));

  const roadmaps = await Promise.all(
    roadmapIds.flatMap((id) => {
      const content = contentById.get(id);
      return content ? [roadmapEntry(viewer, content, progress.get(id) ?? new Map(), timeZone)] : [];
    }),
  );
  const continueItems = inProgress.flatMap(({ itemId, roadmapId }) => {
    const content = contentById.get(roadmapId);
    const item = content?.itemById.get(itemId);
    if (!content || !item) return [];
    const section = content.sections.find((candidate) => candidate.id === item.sectionId);
    return [
      {
        id: item.id,
        title: item.title,
        sectionTitle: section?.title ?? "",
        roadmapSlug: content.roadmap.slug,
        roadmapTitle: content.roadmap.title,
      },
    ];
  });
  return { roadmaps, activity, continueItems };
}

async function roadmapEntry(
  viewer: MaybeViewer,
  content: RoadmapContent,
  progress: ProgressMap,
  timeZone: string,
): Promise<DashboardRoadmap> {
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
    history: await burnUp(viewer, { roadmapId: content.roadmap.id, total: content.items.length, days: 365, timeZone }),
  };
}
