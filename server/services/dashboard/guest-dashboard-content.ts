import "server-only";

import { listRoadmaps } from "../roadmaps/listing/list-roadmaps";
import { loadRoadmapContents } from "../roadmaps/content/roadmap-content";

/** What a guest's dashboard needs to count progress kept in the browser: every roadmap's sections and items. */
export interface GuestDashboardRoadmap {
  id: string;
  slug: string;
  title: string;
  sections: { key: string; title: string; itemIds: string[] }[];
  items: Record<string, { title: string; sectionTitle: string }>;
}

export async function guestDashboardContent(): Promise<GuestDashboardRoadmap[]> {
  const roadmaps = await listRoadmaps();
  const contents = await loadRoadmapContents(
    null,
    roadmaps.map((roadmap) => roadmap.id),
  );
  return contents.flatMap((content) => {
    if (!content) return [];
    const items: GuestDashboardRoadmap["items"] = {};
    for (const section of content.sections) {
      for (const item of section.allItems) items[item.id] = { title: item.title, sectionTitle: section.title };
    }
    return [
      {
        id: content.roadmap.id,
        slug: content.roadmap.slug,
        title: content.roadmap.title,
        sections: content.sections.map((section) => ({
          key: section.key,
          title: section.title,
          itemIds: section.allItems.map((item) => item.id),
        })),
        items,
      },
    ];
  });
}
