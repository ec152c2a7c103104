import "server-only";

import { db } from "../../../db/client";
import type {
  ItemNode,
  ItemRow,
  ResourceNode,
  RoadmapContent,
  RoadmapSummary,
  SectionNode,
  TranslationSummary,
} from "./roadmap-content-types";
import { LIVE_ITEM } from "./live-item";

/** A roadmap's rows as stored (and cached as JSON): everything its tree is built from. */
export interface RoadmapRows {
  roadmap: Omit<RoadmapSummary, "updatedAt"> & { updatedAt: string };
  sections: { id: string; roadmapId: string; key: string; title: string; position: number }[];
  items: ItemRow[];
  resources: (ResourceNode & { itemId: string | null })[];
  translations: (Omit<TranslationSummary, "updatedAt"> & { updatedAt: string })[];
}

/** The rows of several roadmaps in four statements, whatever their size. */
export async function fetchRoadmapRows(roadmapIds: readonly string[]): Promise<Map<string, RoadmapRows>> {
  const ids = [...roadmapIds];
  const [roadmaps, sections, items, resources] = await Promise.all([
    // With the owner's login in the same statement (Prisma would read the relation in a second one).
    db().$queryRaw<
      (Omit<RoadmapSummary, "ownerLogin"> & { ownerLogin: string | null; translations: RoadmapRows["translations"] })[]
    >`
      SELECT r."id", r."slug", r."title", r."description", r."updatedAt", r."visibility", r."ownerId",
        r."forkedFromId", r."forkedAt" IS NOT NULL AS "isFork", u."login" AS "ownerLogin",
        r."language", r."language" AS "originalLanguage",
        -- Their list only: a translation's texts are read when a page asks for its language
        -- (translated-content.ts).
        coalesce((SELECT json_agg(json_build_object('language', t."language", 'title', t."title",
            'missingItems', t."missingItems",
            'updatedAt', to_char(t."updatedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) ORDER BY t."language")
          FROM "RoadmapTranslation" t WHERE t."roadmapId" = r."id"), '[]'::json) AS "translations"
      FROM "Roadmap" r LEFT JOIN "User" u ON u."id" = r."ownerId"
      WHERE r."id" = ANY(${ids}::text[])`,
    db().section.findMany({
      where: { roadmapId: { in: ids }, retiredAt: null },
      orderBy: { position: "asc" },
      select: { id: true, roadmapId: true, key: true, title: true, position: true },
    }),
    db().item.findMany({
      where: { roadmapId: { in: ids }, ...LIVE_ITEM },
      orderBy: { position: "asc" },
      select: {
        id: true,
        roadmapId: true,
        sectionId: true,
        parentId: true,
        key: true,
        title: true,
        position: true,
        skill: true,
      },
    }),
    db().resource.findMany({
      where: { roadmapId: { in: ids } },
      orderBy: { position: "asc" },
      select: {
        id: true,
        roadmapId: true,
        itemId: true,
        title: true,
        url: true,
        kind: true,
        writtenType: true,
        language: true,
      },
    }),
  ]);
  return new Map(
    roadmaps.map(({ translations, ...roadmap }) => [
      roadmap.id,
      {
        roadmap: { ...roadmap, updatedAt: roadmap.updatedAt.toISOString() },
        sections: sections.filter((row) => row.roadmapId === roadmap.id),
        items: items.filter((row) => row.roadmapId === roadmap.id),
        resources: resources
          .filter((row) => row.roadmapId === roadmap.id)
          .map(({ roadmapId: _roadmapId, ...resource }) => resource),
        translations,
      },
    ]),
  );
}

const bySiblingOrder = (a: { position: number }, b: { position: number }) => a.position - b.position;

function withDescendants(item: ItemNode): ItemNode[] {
  return [item, ...item.children.flatMap(withDescendants)];
}

/** The tree: sections in order, items nested under their parents, resources on their owners. */
export function buildRoadmapContent(rows: RoadmapRows): RoadmapContent {
  const itemById = new Map<string, ItemNode>();
  for (const row of rows.items) itemById.set(row.id, { ...row, children: [], resources: [] });
  const roadmapResources: ResourceNode[] = [];
  for (const { itemId, ...resource } of rows.resources) {
    if (itemId === null) roadmapResources.push(resource);
    else itemById.get(itemId)?.resources.push(resource);
  }
  const topLevel = new Map<string, ItemNode[]>();
  for (const item of itemById.values()) {
    const parent = item.parentId ? itemById.get(item.parentId) : undefined;
    if (parent) parent.children.push(item);
    else if (!item.parentId) topLevel.set(item.sectionId, [...(topLevel.get(item.sectionId) ?? []), item]);
    // An item whose parent was retired is retired with it: left out.
  }
  for (const item of itemById.values()) item.children.sort(bySiblingOrder);

  const sections: SectionNode[] = rows.sections.map((section) => {
    const top = (topLevel.get(section.id) ?? []).sort(bySiblingOrder);
    return { ...section, items: top, allItems: top.flatMap(withDescendants) };
  });
  const ordered = sections.flatMap((section) => section.allItems);
  return {
    roadmap: { ...rows.roadmap, updatedAt: new Date(rows.roadmap.updatedAt) },
    sections,
    items: ordered,
    itemById: new Map(ordered.map((item) => [item.id, item])),
    resources: roadmapResources,
    translations: rows.translations.map((row) => ({ ...row, updatedAt: new Date(row.updatedAt) })),
  };
}
