import "server-only";

import { db } from "../../../db/client";
import type { MaybeViewer } from "../../viewer";
import { visibleRoadmapSql } from "../visibility/roadmap-access";

export type NodeType = "Roadmap" | "Section" | "Item" | "Resource";

export interface NodeRef {
  type: NodeType;
  roadmapId: string;
}

/**
 * What each id is (a roadmap, section, item or resource; ids are unique across
 * them) and which roadmap it belongs to, for ids the viewer may see: live
 * sections and items of roadmaps they may see. Null for anything else, which
 * reads exactly like an id that never existed. One statement for any number of ids.
 */
export async function findNodeRefs(viewer: MaybeViewer, ids: readonly string[]): Promise<(NodeRef | null)[]> {
  const wanted = [...new Set(ids)];
  const rows = await db().$queryRaw<{ type: NodeType; id: string; roadmapId: string }[]>`
    SELECT 'Roadmap' AS "type", r."id", r."id" AS "roadmapId" FROM "Roadmap" r
      WHERE r."id" = ANY(${wanted}::text[]) AND ${visibleRoadmapSql(viewer)}
    UNION ALL
    SELECT 'Section', s."id", s."roadmapId" FROM "Section" s JOIN "Roadmap" r ON r."id" = s."roadmapId"
      WHERE s."id" = ANY(${wanted}::text[]) AND s."retiredAt" IS NULL AND ${visibleRoadmapSql(viewer)}
    UNION ALL
    SELECT 'Item', i."id", i."roadmapId" FROM "Item" i JOIN "Section" s ON s."id" = i."sectionId"
      JOIN "Roadmap" r ON r."id" = i."roadmapId"
      WHERE i."id" = ANY(${wanted}::text[]) AND i."retiredAt" IS NULL AND s."retiredAt" IS NULL
        AND ${visibleRoadmapSql(viewer)}
    UNION ALL
    SELECT 'Resource', x."id", x."roadmapId" FROM "Resource" x JOIN "Roadmap" r ON r."id" = x."roadmapId"
      WHERE x."id" = ANY(${wanted}::text[]) AND ${visibleRoadmapSql(viewer)}`;
  const byId = new Map(rows.map((row) => [row.id, { type: row.type, roadmapId: row.roadmapId }]));
  return ids.map((id) => byId.get(id) ?? null);
}
