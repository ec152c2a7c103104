import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { VisibleRoadmapVersion } from "@/server/services/roadmaps/content/find-roadmap-ids";
import { lookupsOf, RoadmapReads, stampHolds } from "./roadmap-reads";

/** A site of a few roadmaps, each visible or not to the reader, with a version. */
const site = fc
  .uniqueArray(
    fc.record({
      id: fc.constantFrom("r1", "r2", "r3", "r4", "r5"),
      slug: fc.constantFrom("s1", "s2", "s3", "s4", "s5"),
      contentVersion: fc.nat(3),
      builtIn: fc.boolean(),
      visible: fc.boolean(),
    }),
    { selector: (row) => row.id, maxLength: 5 },
  )
  .filter((rows) => new Set(rows.map((row) => row.slug)).size === rows.length);

type Row = VisibleRoadmapVersion & { visible: boolean };

/** What the app's lookups return on this site: only visible roadmaps are found. */
function lookUp(rows: Row[], lookups: { ids: readonly string[]; slugs: readonly string[]; builtIns: boolean }) {
  return rows.filter(
    (row) =>
      row.visible &&
      (lookups.ids.includes(row.id) || lookups.slugs.includes(row.slug) || (lookups.builtIns && row.builtIn)),
  );
}

function record(rows: Row[], ids: string[], slugs: string[], builtIns: boolean): RoadmapReads {
  const reads = new RoadmapReads();
  const visible = rows.filter((row) => row.visible);
  for (const id of ids) reads.id(id, visible.find((row) => row.id === id)?.contentVersion ?? null);
  for (const slug of slugs) reads.slug(slug, visible.find((row) => row.slug === slug) ?? null);
  if (builtIns) reads.builtInList(visible.filter((row) => row.builtIn));
  return reads;
}

const asked = fc.record({
  ids: fc.subarray(["r1", "r2", "r3", "r4", "r5", "r9"]),
  slugs: fc.subarray(["s1", "s2", "s3", "s4", "s5", "s9"]),
  builtIns: fc.boolean(),
});

describe("the roadmap lookups a cached answer made", () => {
  it("still hold on the site they were made on, and fail exactly when a roadmap they found, or find now, changed", () => {
    fc.assert(
      fc.property(
        site,
        asked,
        fc.nat(4),
        fc.constantFrom("save", "rename", "visibility"),
        (rows, ask, pick, change) => {
          const stamp = record(rows, ask.ids, ask.slugs, ask.builtIns).stamp()!;
          const lookups = lookupsOf(stamp);
          expect(stampHolds(stamp, lookUp(rows, lookups))).toBe(true);
          const target = rows[pick % Math.max(1, rows.length)];
          if (!target) return;
          // As the app changes a roadmap: every change bumps its content version (save, rename, visibility).
          const moved: Row = { ...target, contentVersion: target.contentVersion + 1 };
          if (change === "rename") moved.slug = "s-new";
          if (change === "visibility") moved.visible = !moved.visible;
          const changed = rows.map((row) => (row === target ? moved : row));
          const touched = [...lookUp(rows, lookups), ...lookUp(changed, lookups)].some((row) => row.id === target.id);
          expect(stampHolds(stamp, lookUp(changed, lookups))).toBe(!touched);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("cannot be checked when an item was not found, or its roadmap's version was not read", () => {
    const missing = new RoadmapReads();
    missing.item(null);
    expect(missing.stamp()).toBeNull();
    const unread = new RoadmapReads();
    unread.item("r1");
    expect(unread.stamp()).toBeNull();
    unread.id("r1", 2);
    expect(unread.stamp()).not.toBeNull();
  });
});
