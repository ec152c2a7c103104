import pg from "pg";
import { postGraphql } from "../../support/graphql-over-http";
import type { WaymarkUnderTest } from "../../support/waymark-under-test";
import { generatedRoadmapMarkdown } from "../support/generated-roadmap";
import { CREATE_CALENDAR_FEED, ITEM_IDS, SAVE_ROADMAP, SET_NOTE, SET_PROFILE, SET_STATUS } from "./operations";

/*
 * The benchmark's own learners, made the same way on the small and the large
 * site (through the API where the app would write, bulk SQL for long
 * histories), so that the two sites differ only in everyone else.
 */

export const DELETE_REPETITIONS = Number(process.env.BENCH_DELETE_REPETITIONS ?? 3);
const WRITERS = 10;
const SAVERS = 8;
const FOLLOWERS = 500;
const STATUSES = ["DONE", "IN_PROGRESS", "SKIPPED", "NOT_STARTED"];

export interface SignedIn {
  login: string;
  cookie: string;
}

export interface Saver extends SignedIn {
  roadmapId: string;
}

export interface BenchLearners {
  /** The seed roadmap's items. */
  seedItems: string[];
  /** Reads the seed roadmap and the 500-item roadmap signed in, with statuses and notes on both. */
  reader: SignedIn;
  /** A learner's PUBLIC 500-item roadmap. */
  large500: { slug: string };
  /** Learners who change statuses and notes on the seed roadmap. */
  writers: SignedIn[];
  /** Learners with a private 200-item roadmap each, saved with 10 changes. */
  savers: Saver[];
  /** 50 roadmaps, 10,000 events, a public profile and a calendar subscription. */
  dashboard: SignedIn & { profilePath: string; badgePath: string; calendarPath: string };
  /** One owner's roadmaps, each with 500 followers, to delete. */
  roadmapOwner: SignedIn & { victims: string[] };
  /** Learners with 50 roadmaps each, to delete. */
  accountVictims: SignedIn[];
}

/** The 200-item roadmap, and the same with ten items renamed: consecutive saves alternate them. */
export function saverMarkdown(version: number): string {
  const lines = generatedRoadmapMarkdown(200).split("\n");
  if (version % 2 === 0) return lines.join("\n");
  // Every 13th of its 133 top-level items, the first ten of them.
  let seen = 0;
  return lines
    .map((line) => {
      if (!line.startsWith("- [ ] Item")) return line;
      const nth = seen++;
      return nth % 13 === 0 && nth < 130 ? `${line} (revised)` : line;
    })
    .join("\n");
}

async function graphqlOrThrow<T>(url: string, query: string, variables: Record<string, unknown>, cookie: string) {
  const answer = await postGraphql<T>(url, query, variables, { cookie });
  if (answer.errors?.length || !answer.data) throw new Error(`setup: ${JSON.stringify(answer.errors).slice(0, 400)}`);
  return answer.data;
}

async function saveOwn(
  url: string,
  cookie: string,
  markdown: string,
  slug: string,
  visibility: "PRIVATE" | "PUBLIC",
): Promise<{ id: string; slug: string }> {
  const data = await graphqlOrThrow<{ saveRoadmap: { roadmap: { id: string; slug: string } } }>(
    url,
    SAVE_ROADMAP,
    { input: { markdown, slug, visibility } },
    cookie,
  );
  return data.saveRoadmap.roadmap;
}

export async function createBenchLearners(waymark: WaymarkUnderTest, databaseUrl: string): Promise<BenchLearners> {
  const url = waymark.url;
  const signIn = async (login: string): Promise<SignedIn> => ({ login, cookie: await waymark.signIn(login) });
  const sql = new pg.Client({ connectionString: databaseUrl });
  await sql.connect();
  try {
    const seed = (await postGraphql<{ roadmap: { id: string; items: { id: string }[] } }>(url, ITEM_IDS, {
      slug: "backend",
    }))!.data!.roadmap;
    const seedItems = seed.items.map((item) => item.id);

    const reader = await signIn("bench-reader");
    const author = await signIn("bench-author");
    const large500 = await saveOwn(url, author.cookie, generatedRoadmapMarkdown(500), "five-hundred", "PUBLIC");
    const largeItems = (await postGraphql<{ roadmap: { items: { id: string }[] } }>(url, ITEM_IDS, {
      slug: large500.slug,
    }))!.data!.roadmap.items.map((item) => item.id);
    // The signed-in reader has statuses and a few notes on both roadmaps, as a real learner would.
    for (const [index, itemId] of [...seedItems.slice(0, 12), ...largeItems.slice(0, 40)].entries()) {
      await graphqlOrThrow(url, SET_STATUS, { itemId, status: STATUSES[index % 3] }, reader.cookie);
      if (index % 6 === 0)
        await graphqlOrThrow(url, SET_NOTE, { itemId, note: `Read **twice** (${index})` }, reader.cookie);
    }

    const writers = await Promise.all(Array.from({ length: WRITERS }, (_, k) => signIn(`bench-writer-${k}`)));
    const savers: Saver[] = [];
    for (let k = 0; k < SAVERS; k += 1) {
      const saver = await signIn(`bench-saver-${k}`);
      const roadmap = await saveOwn(url, saver.cookie, saverMarkdown(0), "two-hundred", "PRIVATE");
      savers.push({ ...saver, roadmapId: roadmap.id });
    }

    // The dashboard learner: 50 roadmaps (5 public), 10,000 events over them and the seed roadmap.
    const dashboardLearner = await signIn("bench-dashboard");
    const own: { id: string; slug: string }[] = [];
    for (let k = 0; k < 50; k += 1) {
      own.push(
        await saveOwn(
          url,
          dashboardLearner.cookie,
          generatedRoadmapMarkdown(20),
          `plan-${k}`,
          k < 5 ? "PUBLIC" : "PRIVATE",
        ),
      );
    }
    const dashboardId = await userIdOf(sql, dashboardLearner.login);
    await giveHistory(sql, dashboardId, `r."ownerId" = $1 OR r."slug" = 'backend'`, 10_000);
    await graphqlOrThrow(
      url,
      SET_PROFILE,
      { roadmapIds: [seed.id, ...own.slice(0, 5).map((r) => r.id)] },
      dashboardLearner.cookie,
    );
    const feed = await graphqlOrThrow<{ createCalendarFeed: { urlTemplate: string } }>(
      url,
      CREATE_CALENDAR_FEED,
      {},
      dashboardLearner.cookie,
    );
    const dashboard = {
      ...dashboardLearner,
      profilePath: `/u/${dashboardLearner.login}`,
      badgePath: `/api/badges/${dashboardLearner.login}/backend.svg`,
      calendarPath: feed.createCalendarFeed.urlTemplate.replace("{slug}", "backend"),
    };

    // Roadmaps to delete, each followed by the same 500 learners (statuses and history on 10 items).
    const owner = await signIn("bench-roadmap-owner");
    const victims: string[] = [];
    for (let k = 0; k < DELETE_REPETITIONS; k += 1) {
      victims.push((await saveOwn(url, owner.cookie, generatedRoadmapMarkdown(100), `followed-${k}`, "PUBLIC")).id);
    }
    await sql.query(
      `INSERT INTO "User" ("id", "login", "name", "updatedAt")
       SELECT 'bench-f' || f, 'bench-follower-' || f, 'Bench follower ' || f, now() FROM generate_series(0, ${FOLLOWERS - 1}) f`,
    );
    for (let f = 0; f < FOLLOWERS; f += 1) {
      await giveHistory(sql, `bench-f${f}`, `r."id" = ANY($2::text[])`, 20 * victims.length, victims, 10);
    }

    const accountVictims: SignedIn[] = [];
    for (let k = 0; k < DELETE_REPETITIONS; k += 1) {
      const victim = await signIn(`bench-leaving-${k}`);
      for (let n = 0; n < 50; n += 1) {
        await saveOwn(url, victim.cookie, generatedRoadmapMarkdown(20), `plan-${n}`, n < 5 ? "PUBLIC" : "PRIVATE");
      }
      await giveHistory(sql, await userIdOf(sql, victim.login), `r."ownerId" = $1 OR r."slug" = 'backend'`, 1_000);
      accountVictims.push(victim);
    }
    await sql.query(`ANALYZE`);
    return {
      seedItems,
      reader,
      large500: { slug: large500.slug },
      writers,
      savers,
      dashboard,
      roadmapOwner: { ...owner, victims },
      accountVictims,
    };
  } finally {
    await sql.end();
  }
}

async function userIdOf(sql: pg.Client, login: string): Promise<string> {
  const { rows } = await sql.query<{ id: string }>(`SELECT "id" FROM "User" WHERE "login" = $1`, [login]);
  if (!rows[0]) throw new Error(`no learner ${login}`);
  return rows[0].id;
}

/**
 * `events` status changes by one learner on the live items of the roadmaps
 * `roadmapWhere` selects (at most `itemsPerRoadmap` of each), cycling through
 * the items and through the statuses, over the last year; then the progress
 * rows their last changes leave.
 */
async function giveHistory(
  sql: pg.Client,
  userId: string,
  roadmapWhere: string,
  events: number,
  roadmapIds?: string[],
  itemsPerRoadmap = 100_000,
): Promise<void> {
  const params = roadmapIds ? [userId, roadmapIds] : [userId];
  await sql.query(
    `WITH items AS (
       SELECT i."id", i."roadmapId", row_number() OVER (ORDER BY i."roadmapId", i."id") - 1 AS k FROM (
         SELECT i.*, row_number() OVER (PARTITION BY i."roadmapId" ORDER BY i."id") AS nth
         FROM "Item" i JOIN "Roadmap" r ON r."id" = i."roadmapId"
         WHERE (${roadmapWhere}) AND i."retiredAt" IS NULL) i
       WHERE nth <= ${itemsPerRoadmap}),
     total AS (SELECT count(*) AS n FROM items),
     series AS (SELECT e, e / total.n AS pass, e % total.n AS k FROM total, generate_series(0, ${events - 1}) e)
     INSERT INTO "ProgressEvent" ("userId", "itemId", "roadmapId", "from", "to", "at")
     SELECT $1, items."id", items."roadmapId",
       CASE WHEN pass = 0 THEN 'NOT_STARTED' ELSE (ARRAY['IN_PROGRESS', 'DONE', 'SKIPPED', 'NOT_STARTED'])[1 + (pass - 1) % 4] END::"ItemStatus",
       (ARRAY['IN_PROGRESS', 'DONE', 'SKIPPED', 'NOT_STARTED'])[1 + pass % 4]::"ItemStatus",
       now() - interval '365 days' + e * (interval '365 days' / ${events})
     FROM series JOIN items USING (k)`,
    params,
  );
  await sql.query(
    `INSERT INTO "Progress" ("id", "userId", "itemId", "roadmapId", "status", "updatedAt")
     SELECT DISTINCT ON ("itemId") 'bench-p-' || "id", "userId", "itemId", "roadmapId", "to", "at"
     FROM "ProgressEvent" WHERE "userId" = $1 ORDER BY "itemId", "id" DESC
     ON CONFLICT ("userId", "itemId") DO UPDATE SET "status" = excluded."status", "updatedAt" = excluded."updatedAt"`,
    [userId],
  );
}
