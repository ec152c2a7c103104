import "server-only";

import type {
  RoadmapLookups,
  RoadmapRef,
  VisibleRoadmapVersion,
} from "@/server/services/roadmaps/content/find-roadmap-ids";

/*
 * What a cached answer depends on: the roadmap lookups its request made, each
 * with what it found (the request's loaders record them, loaders.ts). Every
 * lookup filters by what the viewer may see, and a roadmap's content version is
 * bumped by every save, visibility change and owner rename, so an answer is
 * still current exactly when the same lookups, made again for the same viewer,
 * find the same roadmaps at the same versions: one statement by primary key and
 * slug (findVisibleRoadmapVersions), never an aggregate over the site. A change
 * to one roadmap therefore invalidates only the answers that read it, on every
 * instance, since the check reads the database.
 */

/** Found: "<id>@<version>"; not found (absent, or hidden from the viewer): "-". */
type Found = string;
const NOT_FOUND: Found = "-";

/** The lookups of an answer with what they found, in a canonical form (sorted), as kept with the answer. */
export interface ReadsStamp {
  /** [slug, found] */
  slugs: [string, Found][];
  /** [roadmap id, found] */
  ids: [string, Found][];
  /** The built-in roadmaps listed, "<id>@<version>" sorted; null when the list was not read. */
  builtIns: string[] | null;
}

const found = (ref: RoadmapRef | null): Found => (ref ? `${ref.id}@${ref.contentVersion}` : NOT_FOUND);

export class RoadmapReads {
  private readonly slugs = new Map<string, Found>();
  private readonly ids = new Map<string, Found>();
  private builtIns: string[] | null = null;
  /** Roadmaps reached from an item: each must be among the ids read with its version. */
  private readonly roadmapsOfItems = new Set<string>();
  /** Set by a lookup that cannot be checked again cheaply: the answer is not cached. */
  private unchecked = false;

  slug(slug: string, ref: RoadmapRef | null): void {
    this.slugs.set(slug, found(ref));
    if (ref) this.ids.set(ref.id, found(ref));
  }

  id(id: string, contentVersion: number | null): void {
    this.ids.set(id, contentVersion === null ? NOT_FOUND : found({ id, contentVersion }));
  }

  /**
   * An item's roadmap. An item never moves to another roadmap and only leaves
   * its own with a save (a new version), so the roadmap's lookup covers it; an
   * item not found could appear later under a roadmap unknown here.
   */
  item(roadmapId: string | null): void {
    if (roadmapId === null) this.unchecked = true;
    else this.roadmapsOfItems.add(roadmapId);
  }

  builtInList(entries: readonly RoadmapRef[]): void {
    this.builtIns = entries.map((entry) => found(entry)).sort();
  }

  /** The stamp to keep with the answer, or null when the answer cannot be checked later (not cached). */
  stamp(): ReadsStamp | null {
    if (this.unchecked) return null;
    for (const roadmapId of this.roadmapsOfItems) {
      const version = this.ids.get(roadmapId);
      if (version === undefined || version === NOT_FOUND) return null;
    }
    return {
      slugs: [...this.slugs].sort(byKey),
      ids: [...this.ids].sort(byKey),
      builtIns: this.builtIns,
    };
  }
}

const byKey = (a: [string, Found], b: [string, Found]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** The lookups to make again to check a stamp. */
export function lookupsOf(stamp: ReadsStamp): RoadmapLookups {
  return {
    ids: stamp.ids.map(([id]) => id),
    slugs: stamp.slugs.map(([slug]) => slug),
    builtIns: stamp.builtIns !== null,
  };
}

/** Whether the lookups, made again (`rows`: what lookupsOf found now), find what the stamp recorded. */
export function stampHolds(stamp: ReadsStamp, rows: readonly VisibleRoadmapVersion[]): boolean {
  const bySlug = new Map(rows.map((row) => [row.slug, found(row)]));
  const byId = new Map(rows.map((row) => [row.id, found(row)]));
  const sameAs =
    (now: Map<string, Found>) =>
    ([key, then]: [string, Found]) =>
      (now.get(key) ?? NOT_FOUND) === then;
  if (!stamp.slugs.every(sameAs(bySlug)) || !stamp.ids.every(sameAs(byId))) return false;
  if (stamp.builtIns === null) return true;
  const builtIns = rows
    .filter((row) => row.builtIn)
    .map((row) => found(row))
    .sort();
  return (
    builtIns.length === stamp.builtIns.length && builtIns.every((entry, index) => entry === stamp.builtIns![index])
  );
}
