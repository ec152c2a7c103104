import { beforeAll, describe, expect, it } from "vitest";
import { onQuery, type Db } from "../../server/db/client";
import { listExploreRoadmaps } from "../../server/services/roadmaps/listing/list-explore-roadmaps";

/*
 * Explore's title search on a site of a few thousand public roadmaps, shared by
 * the PostgreSQL and the embedded-database test files so both run the same
 * assertions. The expected answers come from a plain reading of every public
 * title here, not from the service's SQL; the plan check runs the very
 * statement the service sent.
 */

const PUBLIC_ROADMAPS = 6000;
const HIDDEN_ROADMAPS = 1500;
const PAGE = 20;

// The oldest roadmaps: a rare word, and the characters LIKE treats specially.
// Below them are their traps, titles that match only if the query is not taken literally.
const SPECIAL: { title: string; visibility: "PUBLIC" | "UNLISTED" | "PRIVATE" }[] = [
  { title: "Zebra Crossings for Beginners", visibility: "PUBLIC" },
  { title: "zebra finches at home", visibility: "PUBLIC" },
  { title: "Painting a ZEBRA", visibility: "UNLISTED" },
  { title: "My zebra notes", visibility: "PRIVATE" },
  { title: "100% Rust", visibility: "PUBLIC" },
  { title: "1000 Rust exercises", visibility: "PUBLIC" },
  { title: "snake_case naming", visibility: "PUBLIC" },
  { title: "snakeXcase naming", visibility: "PUBLIC" },
  { title: "path\\to notes", visibility: "PUBLIC" },
  { title: "hto notes", visibility: "PUBLIC" },
  { title: "Go", visibility: "PUBLIC" },
];

// Common words only: none of them contains "zebra", "%", "_" or "\".
const TOPICS = ["gardening", "cooking", "painting", "running", "chess", "guitar", "python", "sailing"];

interface Row {
  id: string;
  title: string;
  createdAt: Date;
}

/** The Explore page for `query` by reading every public title: case-insensitive, literal substring. */
function expectedPage(publicRows: Row[], query: string): { ids: string[]; hasNextPage: boolean } {
  const needle = query.toLowerCase();
  const matching = publicRows
    .filter((row) => row.title.toLowerCase().includes(needle))
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  return { ids: matching.slice(0, PAGE).map((row) => row.id), hasNextPage: matching.length > PAGE };
}

interface PlanNode {
  "Node Type": string;
  "Index Name"?: string;
  "Rows Removed by Filter"?: number;
  "Rows Removed by Index Recheck"?: number;
  Plans?: PlanNode[];
}

function planNodes(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(planNodes)];
}

export function describeExploreSearch(where: string, db: () => Db): void {
  describe(`Explore's title search on ${where}`, () => {
    let publicRows: Row[] = [];

    beforeAll(async () => {
      const client = db();
      // Every row is older than anything else in this database, the special ones oldest:
      // a newest-first scan reaches them only after reading every other public title.
      await client.$executeRawUnsafe(
        `INSERT INTO "Roadmap" ("id", "slug", "title", "visibility", "createdAt", "updatedAt")
         SELECT 'explore-' || i, 'explore-' || i,
                'Roadmap ' || i || ' for ' || ($1::text[])[1 + i % ${TOPICS.length}] || ' fans',
                (CASE WHEN i <= ${PUBLIC_ROADMAPS} THEN 'PUBLIC' WHEN i % 2 = 0 THEN 'UNLISTED' ELSE 'PRIVATE' END)::"RoadmapVisibility",
                TIMESTAMP '2000-01-01' + i * INTERVAL '1 minute', TIMESTAMP '2000-01-01'
         FROM generate_series(1, ${PUBLIC_ROADMAPS + HIDDEN_ROADMAPS}) AS i`,
        TOPICS,
      );
      for (const [index, { title, visibility }] of SPECIAL.entries()) {
        await client.$executeRawUnsafe(
          `INSERT INTO "Roadmap" ("id", "slug", "title", "visibility", "createdAt", "updatedAt")
           VALUES ($1, $1, $2, $3::"RoadmapVisibility", TIMESTAMP '1999-01-01' + $4 * INTERVAL '1 minute', TIMESTAMP '1999-01-01')`,
          `explore-special-${index}`,
          title,
          visibility,
          index,
        );
      }
      await client.$executeRawUnsafe(`ANALYZE "Roadmap"`);
      publicRows = await client.roadmap.findMany({
        where: { visibility: "PUBLIC" },
        select: { id: true, title: true, createdAt: true },
      });
      expect(publicRows.length).toBeGreaterThan(PUBLIC_ROADMAPS);
    });

    const queries = [
      ["a rare word", "zebra"],
      ["the rare word in capitals", "ZEBRA"],
      ["part of a word", "ebr"],
      ["one letter", "z"],
      ["one common letter", "e"],
      ["two letters", "ze"],
      ["a two-letter title", "go"],
      ["a percent sign", "100%"],
      ["a lone percent sign", "%"],
      ["an underscore", "e_c"],
      ["a lone underscore", "_"],
      ["a backslash", "h\\t"],
      ["no match at all", "qqq"],
    ] as const;

    it.each(queries)("finds exactly the public titles containing %s (%j), newest first", async (_, query) => {
      const page = await listExploreRoadmaps({ query, first: PAGE });
      const expected = expectedPage(publicRows, query);
      expect({ ids: page.edges.map((edge) => edge.node.id), hasNextPage: page.hasNextPage }).toEqual(expected);
    });

    it("pages through a one-letter query's matches like any other list", async () => {
      const first = await listExploreRoadmaps({ query: "z", first: 1 });
      const second = await listExploreRoadmaps({ query: "z", first: PAGE, after: first.edges[0]!.cursor });
      const expected = expectedPage(publicRows, "z").ids;
      expect([...first.edges, ...second.edges].map((edge) => edge.node.id)).toEqual(expected);
    });

    it("reads the few titles with a rare word through the trigram index, not every public title", async () => {
      const sent: { query: string; params: string }[] = [];
      const stop = onQuery(({ query, params }) => sent.push({ query, params }));
      try {
        await listExploreRoadmaps({ query: "zebra", first: PAGE });
      } finally {
        stop();
      }
      const search = sent.find((statement) => /ILIKE/i.test(statement.query));
      expect(search, "the service's search statement").toBeDefined();
      const params = JSON.parse(search!.params) as unknown[];
      const [result] = await db().$queryRawUnsafe<{ "QUERY PLAN": [{ Plan: PlanNode }] }[]>(
        `EXPLAIN (ANALYZE, FORMAT JSON) ${search!.query}`,
        ...params,
      );
      const nodes = planNodes(result!["QUERY PLAN"][0].Plan);
      const discarded = nodes.reduce(
        (sum, node) => sum + (node["Rows Removed by Filter"] ?? 0) + (node["Rows Removed by Index Recheck"] ?? 0),
        0,
      );
      // Without the index, the newest-first scan reads and throws away every public title.
      expect(discarded).toBeLessThan(50);
      expect(nodes.map((node) => node["Index Name"])).toContain("Roadmap_title_idx");
    });
  });
}
