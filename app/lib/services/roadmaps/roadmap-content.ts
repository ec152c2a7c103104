import { db } from "../../db/client";
import type { ResourceKind } from "../../db/generated/enums";

export interface ResourceNode {
  id: string;
  title: string;
  url: string;
  kind: ResourceKind;
}

export interface ItemNode {
  id: string;
  roadmapId: string;
  sectionId: string;
  parentId: string | null;
  key: string;
  title: string;
  position: number;
  children: ItemNode[];
  resources: ResourceNode[];
}

export interface SectionNode {
  id: string;
  roadmapId: string;
  key: string;
  title: string;
  position: number;
  /** Top-level items, each with its children. */
  items: ItemNode[];
  /** Every item of the section, nested ones included, in reading order. */
  allItems: ItemNode[];
}

export interface RoadmapSummary {
  id: string;
  slug: string;
  title: string;
  description: string | null;
  updatedAt: Date;
}

/** A roadmap's whole tree, read in four statements whatever its size. */
export interface RoadmapContent {
  roadmap: RoadmapSummary;
  sections: SectionNode[];
  /** Every live item in reading order. */
  items: ItemNode[];
  itemById: Map<string, ItemNode>;
  resources: ResourceNode[];
}

const bySiblingOrder = (a: { position: number }, b: { position: number }) => a.position - b.position;

/**
 * Loads the content trees of several roadmaps at once (the GraphQL DataLoader
 * batch function and the pages both use it). Retired sections and items are left
 * out; their progress history stays in the database.
 */
export async function loadRoadmapContents(roadmapIds: readonly string[]): Promise<(RoadmapContent | null)[]> {
  const ids = [...roadmapIds];
  const [roadmaps, sections, items, resources] = await Promise.all([
    db().roadmap.findMany({
      where: { id: { in: ids } },
      select: { id: true, slug: true, title: true, description: true, updatedAt: true },
    }),
    db().section.findMany({
      where: { roadmapId: { in: ids }, retiredAt: null },
      orderBy: { position: "asc" },
      select: { id: true, roadmapId: true, key: true, title: true, position: true },
    }),
    db().item.findMany({
      where: { roadmapId: { in: ids }, retiredAt: null, section: { retiredAt: null } },
      orderBy: { position: "asc" },
      select: { id: true, roadmapId: true, sectionId: true, parentId: true, key: true, title: true, position: true },
    }),
    db().resource.findMany({
      where: { roadmapId: { in: ids } },
      orderBy: { position: "asc" },
      select: { id: true, roadmapId: true, itemId: true, title: true, url: true, kind: true },
    }),
  ]);

  return ids.map((id) => {
    const roadmap = roadmaps.find((row) => row.id === id);
    if (!roadmap) return null;
    const itemById = new Map<string, ItemNode>();
    for (const row of items) if (row.roadmapId === id) itemById.set(row.id, { ...row, children: [], resources: [] });
    const roadmapResources: ResourceNode[] = [];
    for (const { roadmapId, itemId, ...resource } of resources) {
      if (roadmapId !== id) continue;
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

    const sectionNodes: SectionNode[] = sections
      .filter((section) => section.roadmapId === id)
      .map((section) => {
        const top = (topLevel.get(section.id) ?? []).sort(bySiblingOrder);
        return { ...section, items: top, allItems: top.flatMap(withDescendants) };
      });
    const ordered = sectionNodes.flatMap((section) => section.allItems);
    return {
      roadmap,
      sections: sectionNodes,
      items: ordered,
      itemById: new Map(ordered.map((item) => [item.id, item])),
      resources: roadmapResources,
    };
  });
}

function withDescendants(item: ItemNode): ItemNode[] {
  return [item, ...item.children.flatMap(withDescendants)];
}
