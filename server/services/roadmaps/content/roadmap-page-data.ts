import "server-only";

import { loadItemStates } from "../../progress/load-item-states";
import type { MaybeViewer } from "../../viewer";
import type { ItemNode, ResourceNode, RoadmapContent } from "./roadmap-content";

export type { ItemState, ItemView, RoadmapPageData } from "../../../../shared/roadmap-view";
import type { ItemState, ItemView, RoadmapPageData, SkillSourceView } from "../../../../shared/roadmap-view";
import { formatDate } from "../../../../shared/format-date";

/** Each link with its page's language: its own tag, else the language the roadmap is shown in. */
function withLanguages(resources: ResourceNode[], language: string): ItemView["resources"] {
  return resources.map((resource) => ({ ...resource, language: resource.language ?? language }));
}

function toView(item: ItemNode, language: string): ItemView {
  return {
    id: item.id,
    key: item.key,
    title: item.title,
    resources: withLanguages(item.resources, language),
    children: item.children.map((child) => toView(child, language)),
    skill: item.skill,
  };
}

/**
 * Everything the roadmap page renders on first paint: after the content, the
 * viewer's statuses and notes in one statement (loadItemStates, the loader
 * GraphQL uses too).
 */
export async function roadmapPageData(
  viewer: MaybeViewer,
  content: RoadmapContent,
  /** The viewer's, to write the day a status came from another roadmap ("3 Nov"). */
  timeZone = "UTC",
  /** The locale that day is written in (the page's: dateLocale); English's "3 Nov" by default. */
  locale?: string,
): Promise<RoadmapPageData> {
  const id = content.roadmap.id;
  const { progress, notes, skillSources, skillNotes } = await loadItemStates(viewer, [id]);
  const progressOf = progress.get(id) ?? new Map();
  const states: Record<string, ItemState> = {};
  if (viewer) {
    for (const item of content.items) {
      const entry = progressOf.get(item.id);
      const note = notes.get(item.id);
      states[item.id] = {
        status: entry?.status ?? "NOT_STARTED",
        statusUpdatedAt: entry?.updatedAt.toISOString() ?? null,
        note: note?.body ?? null,
        noteHtml: note?.html ?? null,
      };
    }
  }
  const sources: Record<string, SkillSourceView> = {};
  for (const [itemId, source] of skillSources) {
    sources[itemId] = {
      itemId: source.itemId,
      roadmapSlug: source.roadmapSlug,
      roadmapTitle: source.roadmapTitle,
      status: source.status,
      day: formatDate(source.updatedAt, { timeZone, style: "dayMonth", locale }),
    };
  }
  return {
    roadmap: {
      id,
      slug: content.roadmap.slug,
      title: content.roadmap.title,
      description: content.roadmap.description,
    },
    resources: withLanguages(content.resources, content.roadmap.language),
    sections: content.sections.map((section) => ({
      id: section.id,
      key: section.key,
      title: section.title,
      items: section.items.map((item) => toView(item, content.roadmap.language)),
    })),
    states,
    skillSources: sources,
    skillNotes: Object.fromEntries(skillNotes),
  };
}
