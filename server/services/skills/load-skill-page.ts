import "server-only";

import { db } from "../../db/client";
import { visibleRoadmapSql } from "../roadmaps/visibility/roadmap-access";
import type { Page } from "../pagination";
import type { Viewer } from "../viewer";
import { findSkills } from "./find-skills";
import type { SkillRecord } from "./skill-record";
import { skillItemsPage, type SkillItem } from "./skill-items-page";
import { skillStatuses, type SkillStatus } from "./skill-statuses";

/** Where the viewer set a skill's status: an item they may still see. */
export interface SkillStatusSource {
  itemId: string;
  itemKey: string;
  itemTitle: string;
  roadmapSlug: string;
  roadmapTitle: string;
}

export interface SkillPageData {
  skill: SkillRecord;
  /** Null: signed out, or never set (NOT_STARTED). */
  status: SkillStatus | null;
  /** Null when the status has no source item the viewer may still see (retired, deleted or made private). */
  source: SkillStatusSource | null;
  items: Page<SkillItem>;
}

/** `/skills/<name>`: the skill, the viewer's status and where it came from, and a page of the items teaching it. Null: no such skill for this viewer. */
export async function loadSkillPage(
  viewer: Viewer | null,
  name: string,
  page: { first: number; after: string | null },
): Promise<SkillPageData | null> {
  const [skill] = await findSkills(viewer, [name]);
  if (!skill) return null;
  const [[status], items] = await Promise.all([skillStatuses(viewer, [name]), skillItemsPage(viewer, name, page)]);
  const source = status?.itemId ? await findStatusSource(viewer, status.itemId) : null;
  return { skill, status: status ?? null, source, items };
}

/** The source item, when it is live on a roadmap the viewer may see. */
async function findStatusSource(viewer: Viewer | null, itemId: string): Promise<SkillStatusSource | null> {
  const [row] = await db().$queryRaw<SkillStatusSource[]>`
    SELECT i."id" AS "itemId", i."key" AS "itemKey", i."title" AS "itemTitle", r."slug" AS "roadmapSlug",
      r."title" AS "roadmapTitle"
    FROM "Item" i JOIN "Section" s ON s."id" = i."sectionId" JOIN "Roadmap" r ON r."id" = i."roadmapId"
    WHERE i."id" = ${itemId} AND i."retiredAt" IS NULL AND s."retiredAt" IS NULL AND ${visibleRoadmapSql(viewer)}`;
  return row ?? null;
}
