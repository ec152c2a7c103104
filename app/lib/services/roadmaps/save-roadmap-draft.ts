import "server-only";

import type { Db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import type { ItemDraft, ResourceDraft, RoadmapDraft } from "../../shared/roadmap-import/roadmap-draft";

type Tx = Prisma.TransactionClient;

export interface SaveSummary {
  roadmapId: string;
  created: boolean;
  changes: { sections: number; items: number; retired: number; resources: number };
}

interface FlatItem {
  draft: ItemDraft;
  sectionKey: string;
  parentKey: string | null;
  position: number;
  depth: number;
}

/**
 * Writes a parsed roadmap under `slug`, matching sections and items by key so
 * learners' progress, notes and history stay attached across re-imports.
 * Content that disappeared is retired, never deleted. Saving the same draft twice
 * writes nothing the second time. Any change bumps the roadmap's content version
 * in the same transaction, which retires every cached copy at once.
 *
 * `seedHash` records which built-in file this content came from (null for an
 * admin's import), so the seed knows whether it may update the roadmap.
 */
export async function saveRoadmapDraft(
  client: Db,
  slug: string,
  draft: RoadmapDraft,
  { seedHash = null }: { seedHash?: string | null } = {},
): Promise<SaveSummary> {
  return client.$transaction(
    async (tx) => {
      // Serialise imports of one slug (several instances seeding at start-up).
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`waymark:roadmap:${slug}`}))`;
      const roadmap = await upsertRoadmap(tx, slug, draft, seedHash);
      const { roadmapId, created } = roadmap;
      const sections = await syncSections(tx, roadmapId, draft);
      const items = await syncItems(tx, roadmapId, draft, sections.idByKey);
      const resources = await syncResources(tx, roadmapId, draft, items.idByKey);
      const contentChanged =
        roadmap.changed || sections.changed + sections.retired + items.changed + items.retired + resources > 0;
      if (contentChanged && !created) {
        await tx.roadmap.update({ where: { id: roadmapId }, data: { contentVersion: { increment: 1 } } });
      }
      return {
        roadmapId,
        created,
        changes: {
          sections: sections.changed,
          items: items.changed,
          retired: sections.retired + items.retired,
          resources,
        },
      };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}

async function upsertRoadmap(tx: Tx, slug: string, draft: RoadmapDraft, seedHash: string | null) {
  const existing = await tx.roadmap.findUnique({
    where: { slug },
    select: { id: true, title: true, description: true, seedHash: true },
  });
  if (!existing) {
    const created = await tx.roadmap.create({
      data: { slug, title: draft.title, description: draft.description, seedHash },
      select: { id: true },
    });
    return { roadmapId: created.id, created: true, changed: true };
  }
  const changed = existing.title !== draft.title || existing.description !== draft.description;
  if (changed || existing.seedHash !== seedHash) {
    await tx.roadmap.update({
      where: { id: existing.id },
      data: { title: draft.title, description: draft.description, seedHash },
    });
  }
  return { roadmapId: existing.id, created: false, changed };
}

async function syncSections(tx: Tx, roadmapId: string, draft: RoadmapDraft) {
  const existing = await tx.section.findMany({
    where: { roadmapId },
    select: { id: true, key: true, title: true, position: true, retiredAt: true },
  });
  const byKey = new Map(existing.map((section) => [section.key, section]));
  const wanted = draft.sections.map((section, position) => ({ key: section.key, title: section.title, position }));
  const idByKey = new Map<string, string>();
  let changed = 0;

  const missing = wanted.filter((section) => !byKey.has(section.key));
  if (missing.length > 0) {
    const rows = await tx.section.createManyAndReturn({
      data: missing.map((section) => ({ roadmapId, ...section })),
      select: { id: true, key: true },
    });
    for (const row of rows) idByKey.set(row.key, row.id);
    changed += rows.length;
  }
  for (const section of wanted) {
    const current = byKey.get(section.key);
    if (!current) continue;
    idByKey.set(section.key, current.id);
    if (current.title !== section.title || current.position !== section.position || current.retiredAt) {
      await tx.section.update({
        where: { id: current.id },
        data: { title: section.title, position: section.position, retiredAt: null },
      });
      changed += 1;
    }
  }
  const gone = existing.filter((section) => !idByKey.has(section.key) && !section.retiredAt);
  if (gone.length > 0) {
    await tx.section.updateMany({ where: { id: { in: gone.map((s) => s.id) } }, data: { retiredAt: new Date() } });
  }
  return { idByKey, changed, retired: gone.length };
}

function flatten(draft: RoadmapDraft): FlatItem[] {
  const flat: FlatItem[] = [];
  const walk = (items: ItemDraft[], sectionKey: string, parentKey: string | null, depth: number) => {
    items.forEach((item, position) => {
      flat.push({ draft: item, sectionKey, parentKey, position, depth });
      walk(item.children, sectionKey, item.key, depth + 1);
    });
  };
  for (const section of draft.sections) walk(section.items, section.key, null, 0);
  return flat;
}

async function syncItems(tx: Tx, roadmapId: string, draft: RoadmapDraft, sectionIds: Map<string, string>) {
  const existing = await tx.item.findMany({
    where: { roadmapId },
    select: { id: true, key: true, title: true, position: true, sectionId: true, parentId: true, retiredAt: true },
  });
  const byKey = new Map(existing.map((item) => [item.key, item]));
  const idByKey = new Map(existing.map((item) => [item.key, item.id]));
  const flat = flatten(draft);
  const wantedKeys = new Set(flat.map((item) => item.draft.key));
  let changed = 0;

  // Parents before children: one batch per depth, so parent ids exist when needed.
  const depths = Math.max(0, ...flat.map((item) => item.depth + 1));
  for (let depth = 0; depth < depths; depth += 1) {
    const missing = flat.filter((item) => item.depth === depth && !byKey.has(item.draft.key));
    if (missing.length === 0) continue;
    const rows = await tx.item.createManyAndReturn({
      data: missing.map((item) => ({
        roadmapId,
        key: item.draft.key,
        title: item.draft.title,
        position: item.position,
        sectionId: sectionIds.get(item.sectionKey)!,
        parentId: item.parentKey ? idByKey.get(item.parentKey)! : null,
      })),
      select: { id: true, key: true },
    });
    for (const row of rows) idByKey.set(row.key, row.id);
    changed += rows.length;
  }

  for (const item of flat) {
    const current = byKey.get(item.draft.key);
    if (!current) continue;
    const next = {
      title: item.draft.title,
      position: item.position,
      sectionId: sectionIds.get(item.sectionKey)!,
      parentId: item.parentKey ? idByKey.get(item.parentKey)! : null,
    };
    const same =
      current.title === next.title &&
      current.position === next.position &&
      current.sectionId === next.sectionId &&
      current.parentId === next.parentId &&
      current.retiredAt === null;
    if (!same) {
      await tx.item.update({ where: { id: current.id }, data: { ...next, retiredAt: null } });
      changed += 1;
    }
  }

  const gone = existing.filter((item) => !wantedKeys.has(item.key) && !item.retiredAt);
  if (gone.length > 0) {
    await tx.item.updateMany({ where: { id: { in: gone.map((item) => item.id) } }, data: { retiredAt: new Date() } });
  }
  return { idByKey, changed, retired: gone.length };
}

function sameResources(a: { title: string; url: string; kind: string }[], b: ResourceDraft[]): boolean {
  return (
    a.length === b.length && a.every((r, i) => r.title === b[i]!.title && r.url === b[i]!.url && r.kind === b[i]!.kind)
  );
}

/** Replaces an owner's resource list only where it differs from the draft. */
async function syncResources(tx: Tx, roadmapId: string, draft: RoadmapDraft, itemIds: Map<string, string>) {
  const existing = await tx.resource.findMany({
    where: { roadmapId },
    orderBy: [{ itemId: "asc" }, { position: "asc" }],
    select: { itemId: true, title: true, url: true, kind: true },
  });
  const current = new Map<string | null, typeof existing>();
  for (const resource of existing) {
    const list = current.get(resource.itemId) ?? [];
    list.push(resource);
    current.set(resource.itemId, list);
  }
  const wanted = new Map<string | null, ResourceDraft[]>([[null, draft.resources]]);
  for (const item of flatten(draft)) wanted.set(itemIds.get(item.draft.key)!, item.draft.resources);

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
  const data = stale.flatMap(([itemId, list]) =>
    list.map((resource, position) => ({ roadmapId, itemId, position, ...resource })),
  );
  if (data.length > 0) await tx.resource.createMany({ data });
  return data.length;
}
