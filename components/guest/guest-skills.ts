import type { ItemStatus } from "@/graphql/generated/client/graphql";
import type { GuestEntry, GuestProgress } from "./guest-progress";

/*
 * One skill, one status for visitors (issue 24), as the server keeps it for learners
 * (the migration skill_sync): an item claiming a skill shows the visitor's status on the
 * skill, the most recent change to any item claiming it. The browser knows the items of the
 * roadmap on screen and those the visitor has entries on (the roadmaps they follow), so:
 * - a change to an item claiming a skill is copied onto every entry claiming it, and onto
 *   the page's other items claiming it; copies name the item acted on (`via`) and are not
 *   sent at sign-in (the server copies from the acted item itself, recording one change);
 * - a followed roadmap on screen catches up with the visitor's skills (`followSkills`);
 * - a roadmap not followed shows them without storing anything (`statusesOnRoadmap`).
 */

/** An item of the roadmap on screen, with the skill it claims. */
export interface PageItem {
  id: string;
  skill?: string | null;
}

/** Per skill, the visitor's most recent entry on an item claiming it. */
export function skillStatuses(all: GuestProgress): Map<string, GuestEntry & { itemId: string }> {
  const latest = new Map<string, GuestEntry & { itemId: string }>();
  for (const [itemId, entry] of Object.entries(all)) {
    if (!entry.skill) continue;
    const known = latest.get(entry.skill);
    // The acted entry wins a tie with its own copies.
    if (
      !known ||
      entry.updatedAt > known.updatedAt ||
      (entry.updatedAt === known.updatedAt && !entry.via && known.via)
    ) {
      latest.set(entry.skill, { ...entry, itemId });
    }
  }
  return latest;
}

/** The visitor's entries after a change to one item, copied to the items sharing its skill. */
export function withGuestChange(
  all: GuestProgress,
  change: { itemId: string; roadmapId: string; status: ItemStatus; at: string; skill: string | null },
  pageItems: readonly PageItem[],
): Record<string, GuestEntry> {
  const next: Record<string, GuestEntry> = { ...all };
  const { itemId, roadmapId, status, at, skill } = change;
  next[itemId] = skill ? { status, roadmapId, updatedAt: at, skill } : { status, roadmapId, updatedAt: at };
  if (skill) {
    for (const [id, entry] of Object.entries(all)) {
      if (id !== itemId && entry.skill === skill) next[id] = { ...entry, status, updatedAt: at, via: itemId };
    }
    for (const item of pageItems) {
      if (item.id !== itemId && item.skill === skill && !next[item.id]) {
        next[item.id] = { status, roadmapId, updatedAt: at, skill, via: itemId };
      }
    }
  }
  return followSkills(next, roadmapId, pageItems) ?? next;
}

/**
 * A followed roadmap (one the visitor has an entry on) brought in line with their skills:
 * each of its items claiming a skill takes the skill's status. Null when nothing changes.
 */
export function followSkills(
  all: GuestProgress,
  roadmapId: string,
  pageItems: readonly PageItem[],
): Record<string, GuestEntry> | null {
  if (!Object.values(all).some((entry) => entry.roadmapId === roadmapId)) return null;
  const skills = skillStatuses(all);
  let next: Record<string, GuestEntry> | null = null;
  for (const item of pageItems) {
    const skill = item.skill ? skills.get(item.skill) : undefined;
    if (!skill || skill.itemId === item.id) continue;
    const own = all[item.id];
    if (own && own.status === skill.status && own.updatedAt >= skill.updatedAt) continue;
    next ??= { ...all };
    next[item.id] = {
      status: skill.status,
      roadmapId,
      updatedAt: skill.updatedAt,
      skill: item.skill!,
      via: skill.via ?? skill.itemId,
    };
  }
  return next;
}

/** The statuses the page shows: the visitor's entries on the roadmap, and their skills on its other items. */
export function statusesOnRoadmap(
  all: GuestProgress,
  roadmapId: string,
  pageItems: readonly PageItem[],
): Map<string, ItemStatus> {
  const shown = new Map<string, ItemStatus>();
  for (const [itemId, entry] of Object.entries(all)) if (entry.roadmapId === roadmapId) shown.set(itemId, entry.status);
  const skills = skillStatuses(all);
  for (const item of pageItems) {
    const skill = item.skill ? skills.get(item.skill) : undefined;
    if (skill && !shown.has(item.id)) shown.set(item.id, skill.status);
  }
  return shown;
}
