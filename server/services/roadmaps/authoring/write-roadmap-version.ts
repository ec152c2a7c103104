import "server-only";

import { randomUUID } from "node:crypto";
import type { Prisma } from "../../../db/generated/client";
import type { RoadmapVisibility } from "../../../db/generated/enums";
import type { ParsedResource, ParsedRoadmap } from "../../../../shared/roadmap-markdown/parsed-roadmap";
import { recountMissingTranslations } from "../translations/write-translation";
import { flattenParsedRoadmap } from "./flatten-parsed-roadmap";
import { loadStoredItems, type StoredItem } from "./load-stored-items";
import { withoutReferenceChecks } from "./without-reference-checks";
import { refusePrivateWhileFollowed } from "../../cohorts/refuse-private-while-followed";
import { recordSkills, skillClaimsOf } from "../../skills/record-skills";
import { syncFollowersOfSkills } from "../../skills/sync-skills";

type Tx = Prisma.TransactionClient;

export interface SaveSummary {
  roadmapId: string;
  created: boolean;
  changes: { sections: number; items: number; retired: number; resources: number };
}

/** Where a draft goes: the roadmap row's own fields. */
export interface RoadmapTarget {
  slug: string;
  /** Null for a built-in roadmap. */
  ownerId: string | null;
  visibility: RoadmapVisibility;
  /** sha256 of the built-in file seeded into it; null otherwise. */
  seedHash: string | null;
  /** The markdown as saved (null: keep what is stored). */
  markdown: string | null;
  forkedFromId?: string | null;
}

/** Serialises writes of one roadmap (several instances seeding at start-up, two tabs saving). */
export async function lockRoadmapSlug(tx: Tx, slug: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`waymark:roadmap:${slug}`}))`;
}

/**
 * Writes a parsed roadmap into the roadmap `roadmapId` (or a new one), matching
 * sections and items by key so learners' progress, notes and history stay
 * attached across saves. Content that disappeared is retired, never deleted.
 * Saving the same draft twice writes nothing the second time. Any change bumps
 * the roadmap's content version in the same transaction, which retires every
 * cached copy at once.
 *
 * A constant number of statements whatever the size (rows go in and out as
 * arrays), so a 5,000-item roadmap saves in about a second.
 */
export async function writeRoadmapVersion(
  tx: Tx,
  roadmapId: string | null,
  target: RoadmapTarget,
  draft: ParsedRoadmap,
  /** The roadmap's items, when the caller has just read them with loadStoredItems (in this transaction). */
  storedItems?: StoredItem[],
): Promise<SaveSummary> {
  const roadmap = await upsertRoadmap(tx, roadmapId, target, draft);
  const { id, created } = roadmap;
  const sections = await syncSections(tx, id, draft);
  const stored = created ? [] : (storedItems ?? (await loadStoredItems(tx, id)));
  const items = await syncItems(tx, id, draft, sections.idByKey, stored);
  const resources = await syncResources(tx, id, draft, items.idByKey);
  await recordSkills(tx, target.visibility, skillClaimsOf(draft));
  const contentChanged =
    roadmap.changed || sections.changed + sections.retired + items.changed + items.retired + resources > 0;
  if (contentChanged && !created) {
    await tx.roadmap.update({ where: { id }, data: { contentVersion: { increment: 1 } } });
    // Translations keep their texts by key: new items show the original's until translated.
    if (items.changed + items.retired > 0) await recountMissingTranslations(tx, id);
  }
  return {
    roadmapId: id,
    created,
    changes: {
      sections: sections.changed,
      items: items.changed,
      retired: sections.retired + items.retired,
      resources,
    },
  };
}

async function upsertRoadmap(tx: Tx, roadmapId: string | null, target: RoadmapTarget, draft: ParsedRoadmap) {
  const existing = roadmapId
    ? await tx.roadmap.findUnique({
        where: { id: roadmapId },
        select: { id: true, slug: true, title: true, description: true, seedHash: true, visibility: true },
      })
    : null;
  if (!existing) {
    const created = await tx.roadmap.create({
      data: {
        slug: target.slug,
        title: draft.title,
        description: draft.description,
        seedHash: target.seedHash,
        ownerId: target.ownerId,
        visibility: target.visibility,
        forkedFromId: target.forkedFromId ?? null,
        forkedAt: target.forkedFromId ? new Date() : null,
        markdown: target.markdown,
      },
      select: { id: true },
    });
    return { id: created.id, created: true, changed: true };
  }
  // Title, description, address and visibility are part of the cached content.
  const changed =
    existing.title !== draft.title ||
    existing.description !== draft.description ||
    existing.slug !== target.slug ||
    existing.visibility !== target.visibility;
  if (changed || existing.seedHash !== target.seedHash || target.markdown !== null) {
    await tx.roadmap.update({
      where: { id: existing.id },
      data: {
        slug: target.slug,
        title: draft.title,
        description: draft.description,
        seedHash: target.seedHash,
        visibility: target.visibility,
        ...(target.markdown !== null ? { markdown: target.markdown } : {}),
      },
    });
    // After the update, which holds the row: a cohort made meanwhile has committed and is counted.
    if (existing.visibility !== "PRIVATE" && target.visibility === "PRIVATE") {
      await refusePrivateWhileFollowed(tx, existing.id);
    }
  }
  return { id: existing.id, created: false, changed };
}

async function syncSections(tx: Tx, roadmapId: string, draft: ParsedRoadmap) {
  const existing = await tx.section.findMany({
    where: { roadmapId },
    select: { id: true, key: true, title: true, position: true, retiredAt: true },
  });
  const byKey = new Map(existing.map((section) => [section.key, section]));
  const idByKey = new Map<string, string>();
  const inserts: { id: string; key: string; title: string; position: number }[] = [];
  const updates: { id: string; title: string; position: number }[] = [];
  draft.sections.forEach((section, position) => {
    const current = byKey.get(section.key);
    const id = current?.id ?? randomUUID();
    idByKey.set(section.key, id);
    if (!current) inserts.push({ id, key: section.key, title: section.title, position });
    else if (current.title !== section.title || current.position !== position || current.retiredAt) {
      updates.push({ id, title: section.title, position });
    }
  });
  if (inserts.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "Section" ("id", "roadmapId", "key", "title", "position")
      SELECT s."id", ${roadmapId}, s."key", s."title", s."position"
      FROM unnest(${inserts.map((s) => s.id)}::text[], ${inserts.map((s) => s.key)}::text[],
        ${inserts.map((s) => s.title)}::text[], ${inserts.map((s) => s.position)}::int[])
        AS s("id", "key", "title", "position")`;
  }
  if (updates.length > 0) {
    await tx.$executeRaw`
      UPDATE "Section" AS section SET "title" = s."title", "position" = s."position", "retiredAt" = NULL
      FROM unnest(${updates.map((s) => s.id)}::text[], ${updates.map((s) => s.title)}::text[],
        ${updates.map((s) => s.position)}::int[]) AS s("id", "title", "position")
      WHERE section."id" = s."id"`;
  }
  const gone = existing.filter((section) => !idByKey.has(section.key) && !section.retiredAt);
  if (gone.length > 0) {
    await tx.section.updateMany({ where: { id: { in: gone.map((s) => s.id) } }, data: { retiredAt: new Date() } });
  }
  return { idByKey, changed: inserts.length + updates.length, retired: gone.length };
}

async function syncItems(
  tx: Tx,
  roadmapId: string,
  draft: ParsedRoadmap,
  sectionIds: Map<string, string>,
  existing: StoredItem[],
) {
  const byKey = new Map(existing.map((item) => [item.key, item]));
  const flat = flattenParsedRoadmap(draft);
  // Ids first (new items get theirs here), so that parents and children go in together.
  const idByKey = new Map(existing.map((item) => [item.key, item.id]));
  for (const item of flat) if (!idByKey.has(item.draft.key)) idByKey.set(item.draft.key, randomUUID());

  type Row = {
    id: string;
    key: string;
    title: string;
    position: number;
    sectionId: string;
    parentId: string | null;
    skill: string | null;
  };
  const inserts: Row[] = [];
  const updates: Row[] = [];
  for (const item of flat) {
    const row: Row = {
      id: idByKey.get(item.draft.key)!,
      key: item.draft.key,
      title: item.draft.title,
      position: item.position,
      sectionId: sectionIds.get(item.sectionKey)!,
      parentId: item.parentKey ? idByKey.get(item.parentKey)! : null,
      skill: item.draft.skill ?? null,
    };
    const current = byKey.get(item.draft.key);
    if (!current) inserts.push(row);
    else if (
      current.title !== row.title ||
      current.position !== row.position ||
      current.sectionId !== row.sectionId ||
      current.parentId !== row.parentId ||
      current.skill !== row.skill ||
      current.retired
    ) {
      updates.push(row);
    }
  }
  const column = <K extends keyof Row>(rows: Row[], key: K) => rows.map((row) => row[key]);
  if (inserts.length > 0) {
    // One statement, so a parent and its children may come in any order.
    await withoutReferenceChecks(
      tx,
      () => tx.$executeRaw`
      INSERT INTO "Item" ("id", "roadmapId", "sectionId", "parentId", "key", "title", "position", "skill")
      SELECT i."id", ${roadmapId}, i."sectionId", i."parentId", i."key", i."title", i."position", i."skill"
      FROM unnest(${column(inserts, "id")}::text[], ${column(inserts, "sectionId")}::text[],
        ${column(inserts, "parentId")}::text[], ${column(inserts, "key")}::text[], ${column(inserts, "title")}::text[],
        ${column(inserts, "position")}::int[], ${column(inserts, "skill")}::text[])
        AS i("id", "sectionId", "parentId", "key", "title", "position", "skill")`,
    );
  }
  if (updates.length > 0) {
    await tx.$executeRaw`
      UPDATE "Item" AS item SET "title" = u."title", "position" = u."position", "sectionId" = u."sectionId",
        "parentId" = u."parentId", "skill" = u."skill", "retiredAt" = NULL
      FROM unnest(${column(updates, "id")}::text[], ${column(updates, "title")}::text[],
        ${column(updates, "position")}::int[], ${column(updates, "sectionId")}::text[],
        ${column(updates, "parentId")}::text[], ${column(updates, "skill")}::text[])
        AS u("id", "title", "position", "sectionId", "parentId", "skill")
      WHERE item."id" = u."id"`;
  }
  const wantedKeys = new Set(flat.map((item) => item.draft.key));
  const gone = existing.filter((item) => !wantedKeys.has(item.key) && !item.retired);
  if (gone.length > 0) {
    await tx.item.updateMany({ where: { id: { in: gone.map((item) => item.id) } }, data: { retiredAt: new Date() } });
  }
  // Items that now claim a skill (new, revived, or given another one) take their learners'
  // status on it, or give theirs to it when it is the more recent.
  const claiming = [
    ...inserts,
    ...updates.filter((row) => row.skill !== byKey.get(row.key)?.skill || byKey.get(row.key)?.retired),
  ];
  await syncFollowersOfSkills(
    tx,
    roadmapId,
    claiming.filter((row) => row.skill !== null),
  );
  return { idByKey, changed: inserts.length + updates.length, retired: gone.length };
}

function sameResources(
  a: { title: string; url: string; kind: string; writtenType: string | null; language: string | null }[],
  b: ParsedResource[],
): boolean {
  return (
    a.length === b.length &&
    a.every(
      (r, i) =>
        r.title === b[i]!.title &&
        r.url === b[i]!.url &&
        r.kind === b[i]!.kind &&
        r.writtenType === (b[i]!.writtenType ?? null) &&
        r.language === (b[i]!.language ?? null),
    )
  );
}

/** Replaces an owner's resource list only where it differs from the draft. */
async function syncResources(tx: Tx, roadmapId: string, draft: ParsedRoadmap, itemIds: Map<string, string>) {
  const existing = await tx.resource.findMany({
    where: { roadmapId },
    orderBy: [{ itemId: "asc" }, { position: "asc" }],
    select: { itemId: true, title: true, url: true, kind: true, writtenType: true, language: true },
  });
  const current = new Map<string | null, typeof existing>();
  for (const resource of existing) {
    const list = current.get(resource.itemId) ?? [];
    list.push(resource);
    current.set(resource.itemId, list);
  }
  const wanted = new Map<string | null, ParsedResource[]>([[null, draft.resources]]);
  for (const item of flattenParsedRoadmap(draft)) wanted.set(itemIds.get(item.draft.key)!, item.draft.resources);

  const stale = [...wanted].filter(([owner, list]) => !sameResources(current.get(owner) ?? [], list));
  if (stale.length === 0) return 0;
  const owners = stale.map(([owner]) => owner);
  const itemOwners = owners.filter((owner): owner is string => owner !== null);
  await tx.resource.deleteMany({
    where: {
      roadmapId,
      OR: [
        ...(itemOwners.length > 0 ? [{ itemId: { in: itemOwners } }] : []),
        ...(owners.includes(null) ? [{ itemId: null }] : []),
      ],
    },
  });
  const rows = stale.flatMap(([itemId, list]) =>
    list.map((resource, position) => ({
      itemId,
      position,
      ...resource,
      writtenType: resource.writtenType ?? null,
      language: resource.language ?? null,
    })),
  );
  if (rows.length > 0) {
    await withoutReferenceChecks(
      tx,
      () => tx.$executeRaw`
      INSERT INTO "Resource" ("id", "roadmapId", "itemId", "title", "url", "kind", "writtenType", "language", "position")
      SELECT gen_random_uuid()::text, ${roadmapId}, r."itemId", r."title", r."url", r."kind"::"ResourceKind",
        r."writtenType", r."language", r."position"
      FROM unnest(${rows.map((r) => r.itemId)}::text[], ${rows.map((r) => r.title)}::text[],
        ${rows.map((r) => r.url)}::text[], ${rows.map((r) => r.kind)}::text[],
        ${rows.map((r) => r.writtenType)}::text[], ${rows.map((r) => r.language)}::text[],
        ${rows.map((r) => r.position)}::int[])
        AS r("itemId", "title", "url", "kind", "writtenType", "language", "position")`,
    );
  }
  return rows.length;
}
