import "server-only";

import { db } from "../../db/client";
import type { ItemStatus } from "../../db/generated/enums";
import { requireScope, type MaybeViewer } from "../viewer";

/** The viewer's status on a skill, and the item where they set it (null once that item is deleted). */
export interface SkillStatus {
  status: ItemStatus;
  updatedAt: Date;
  itemId: string | null;
}

/**
 * The viewer's statuses on skills, in the order asked (null: never set, so
 * NOT_STARTED). Signed out: none. A token needs READ_PROGRESS, as for an
 * item's status. One statement.
 */
export async function skillStatuses(viewer: MaybeViewer, names: readonly string[]): Promise<(SkillStatus | null)[]> {
  if (!viewer) return names.map(() => null);
  const { userId } = requireScope(viewer, "READ_PROGRESS");
  if (names.length === 0) return [];
  const rows = await db().$queryRaw<(SkillStatus & { skill: string })[]>`
    SELECT "skill", "status", "updatedAt", "itemId" FROM "SkillProgress"
    WHERE "userId" = ${userId} AND "skill" = ANY(${[...names]}::text[])`;
  const bySkill = new Map(rows.map(({ skill, ...status }) => [skill, status]));
  return names.map((name) => bySkill.get(name) ?? null);
}
