import pg from "pg";
import type { SiteShape } from "./site-shape";

/*
 * Fills a migrated and seeded database with a site of `shape.learners` learners,
 * in bulk SQL (INSERT ... SELECT FROM generate_series): rows made one by one in
 * Node would take hours at 20 million events.
 *
 * The rows are what the app itself writes (see save-roadmap-draft.ts and the
 * progress services): a learner's roadmaps at <login>/<name>, sections of 50
 * items with every fifth item the child of the one before, stable keys, one
 * link on every third item, statuses with the history that led to them, notes
 * with their rendered HTML. Ids are readable text (site-r12-i7): the app treats
 * ids as opaque strings. Roadmap.markdown stays null, as for roadmaps saved
 * before the column existed (the app writes it back from the items).
 *
 * Random choices come from setseed(), so a shape always gives the same site.
 */

/**
 * Tables whose secondary indexes are dropped during the load and built again after it.
 * Roadmap keeps its own (its title's trigram index too): its rows load in seconds with
 * them in place (0.5 s for 20,000 roadmaps with every index, December 2026).
 */
const BULK_TABLES = ["Section", "Item", "Resource", "Progress", "ProgressEvent", "Note"];

/** The seed roadmap's first items that every fifth learner follows (changed statuses on). */
const SEED_ITEMS_FOLLOWED = 20;

export interface GeneratedSite {
  ms: number;
  bytes: number;
  rows: Record<string, number>;
  steps: { step: string; ms: number }[];
}

export async function generateSite(url: string, shape: SiteShape, log: (line: string) => void): Promise<GeneratedSite> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const steps: { step: string; ms: number }[] = [];
  const started = performance.now();
  const step = async (name: string, sql: string) => {
    const began = performance.now();
    await client.query(sql);
    const ms = performance.now() - began;
    steps.push({ step: name, ms });
    log(`  ${shape.label} site: ${name} (${(ms / 1000).toFixed(1)} s)`);
  };
  try {
    // Foreign keys are not checked row by row while loading (replica role skips
    // their triggers): every reference is made to exist, and the final check
    // below proves it. Commits need not wait for the disk for a throwaway site.
    await client.query(`SET session_replication_role = replica`);
    await client.query(`SET synchronous_commit = off`);
    await client.query(`SET maintenance_work_mem = '512MB'`);
    await client.query(`SET work_mem = '256MB'`);
    await client.query(`SELECT setseed(0.21)`);

    const indexes = await secondaryIndexes(client);
    for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
    // Triggers enabled ALWAYS fire in the replica role too; without the indexes they would read
    // the Item table once per public roadmap. Off while loading; what they keep is made below.
    const always = await alwaysTriggers(client);
    for (const trigger of always)
      await client.query(`ALTER TABLE "${trigger.table}" DISABLE TRIGGER "${trigger.name}"`);

    const L = shape.learners;
    await step(
      "learners",
      `INSERT INTO "User" ("id", "name", "email", "login", "createdAt", "updatedAt", "profilePublic")
       SELECT 'site-u' || u, 'Site learner ' || u, 'site-learner-' || u || '@example.test', 'site-learner-' || u,
         now() - random() * interval '730 days', now(), u % 10 = 0
       FROM generate_series(0, ${L - 1}) u;
       INSERT INTO "Session" ("id", "sessionToken", "userId", "expires")
       SELECT 'site-s' || u, md5('site-session-' || u), 'site-u' || u, now() + interval '30 days'
       FROM generate_series(0, ${L - 1}) u;`,
    );

    // Most roadmaps are small (5 to a few dozen items, mean 20); one in 200 has
    // 100 to 2,000. 70% private, 10% unlisted, 20% public; one in 20 is a fork.
    await step(
      "roadmap plan",
      `CREATE TEMP TABLE site_roadmap AS
       SELECT r, 'site-r' || r AS id, r % ${L} AS owner, r / ${L} AS slot,
         CASE WHEN random() < 0.005 THEN 100 + floor(random() * 1901)::int
              ELSE least(2000, 5 + floor(-ln(1 - random()) * 15)::int) END AS size,
         (ARRAY['PRIVATE', 'PRIVATE', 'PRIVATE', 'PRIVATE', 'PRIVATE', 'PRIVATE', 'PRIVATE', 'UNLISTED', 'PUBLIC', 'PUBLIC'])
           [1 + floor(random() * 10)::int]::"RoadmapVisibility" AS visibility,
         (ARRAY['Go', 'Rust', 'Kubernetes', 'React', 'PostgreSQL', 'Python', 'Linux', 'Machine learning',
                'TypeScript', 'Networking'])[1 + r % 10] AS topic,
         now() - random() * interval '730 days' AS created
       FROM generate_series(0, ${shape.roadmaps - 1}) r;
       ANALYZE site_roadmap;`,
    );
    await step(
      "roadmaps",
      `INSERT INTO "Roadmap" ("id", "slug", "title", "description", "contentVersion", "ownerId", "visibility",
         "forkedFromId", "forkedAt", "createdAt", "updatedAt")
       SELECT id, 'site-learner-' || owner || '/' || lower(replace(topic, ' ', '-')) || '-' || slot,
         topic || ' study plan ' || r, 'What I learn about ' || topic || ', week by week.', 1 + r % 4,
         'site-u' || owner, visibility,
         CASE WHEN r % 20 = 7 AND r > 0 THEN 'site-r' || (r * 31) % r END,
         CASE WHEN r % 20 = 7 AND r > 0 THEN created END,
         created, created + random() * interval '30 days'
       FROM site_roadmap`,
    );
    // What else learners keep: their GitHub link, a token for one in 20, a calendar
    // subscription for one in 10, a goal on one roadmap in 10, and the public
    // roadmaps on the profiles that are public. Deletes cascade into all of them.
    await step(
      "accounts, tokens, feeds, goals, profiles",
      `INSERT INTO "Account" ("id", "userId", "type", "provider", "providerAccountId")
       SELECT 'site-a' || u, 'site-u' || u, 'oauth', 'github', 'site-' || u FROM generate_series(0, ${L - 1}) u;
       INSERT INTO "ApiToken" ("id", "userId", "name", "tokenHash", "prefix", "scopes")
       SELECT 'site-t' || u, 'site-u' || u, 'script', md5('site-token-' || u), left(md5('site-token-' || u), 8),
         ARRAY['READ_PROGRESS']::"TokenScope"[]
       FROM generate_series(0, ${L - 1}, 20) u;
       INSERT INTO "CalendarFeed" ("userId", "tokenHash")
       SELECT 'site-u' || u, md5('site-feed-' || u) FROM generate_series(0, ${L - 1}, 10) u;
       INSERT INTO "RoadmapGoal" ("userId", "roadmapId", "targetDate", "weeklyGoal", "updatedAt")
       SELECT 'site-u' || owner, id, (created + interval '180 days')::date, 5, now() FROM site_roadmap WHERE r % 10 = 0;
       INSERT INTO "ProfileRoadmap" ("userId", "roadmapId", "position")
       SELECT 'site-u' || owner, id, slot FROM site_roadmap WHERE owner % 10 = 0 AND visibility = 'PUBLIC';`,
    );
    await step(
      "sections",
      `INSERT INTO "Section" ("id", "roadmapId", "key", "title", "position")
       SELECT rm.id || '-s' || s, rm.id, 'part-' || s, 'Part ' || s, s
       FROM site_roadmap rm, generate_series(0, (rm.size - 1) / 50) s`,
    );
    // Item n sits in section n / 50; every fifth one (n % 5 = 4) is the child of
    // the item before it; positions count siblings from 0, as flattenParsedRoadmap does.
    await step(
      "items",
      `INSERT INTO "Item" ("id", "roadmapId", "sectionId", "parentId", "key", "title", "position")
       SELECT rm.id || '-i' || n, rm.id, rm.id || '-s' || (n / 50),
         CASE WHEN n % 5 = 4 THEN rm.id || '-i' || (n - 1) END,
         CASE WHEN n % 5 = 4 THEN 'detail-' ELSE 'step-' END || (n / 50) || '-' || (n % 50),
         CASE WHEN n % 5 = 4 THEN 'Detail ' ELSE 'Step ' END || (n / 50) || '-' || (n % 50),
         CASE WHEN n % 5 = 4 THEN 0 ELSE (n % 50) - (n % 50) / 5 END
       FROM site_roadmap rm, generate_series(0, rm.size - 1) n`,
    );
    await step(
      "resources",
      `INSERT INTO "Resource" ("id", "roadmapId", "itemId", "title", "url", "kind", "position")
       SELECT rm.id || '-x' || n, rm.id, rm.id || '-i' || n, 'Reading ' || n,
         'https://example.com/' || rm.r || '/' || n,
         (ARRAY['OFFICIAL', 'ARTICLE', 'VIDEO', 'COURSE'])[1 + n % 4]::"ResourceKind", 0
       FROM site_roadmap rm, generate_series(0, rm.size - 1, 3) n`,
    );

    // Progress: every fifth learner follows the seed roadmap's first items; the
    // rest are learners' statuses on the first items of their own roadmaps, as
    // many per roadmap as it takes to reach the shape's count.
    const seedFollowers = `FROM generate_series(0, ${L - 1}) u,
         (SELECT "id", "roadmapId" FROM "Item" WHERE "roadmapId" = (SELECT "id" FROM "Roadmap" WHERE "slug" = 'backend')
          AND "retiredAt" IS NULL ORDER BY "id" LIMIT ${SEED_ITEMS_FOLLOWED}) seed
       WHERE u % 5 = 0`;
    const { rows: seedRows } = await client.query<{ count: string }>(`SELECT count(*) ${seedFollowers}`);
    const ownTarget = Math.max(0, shape.progress - Number(seedRows[0]!.count));
    const { rows: depths } = await client.query<{ k: number; total: string }>(
      `SELECT k, sum(least(size, k)) AS total FROM site_roadmap, generate_series(1, 200) k GROUP BY k ORDER BY k`,
    );
    const depth = depths.find((row) => Number(row.total) >= ownTarget)?.k ?? 200;
    await step(
      "progress plan",
      `CREATE TEMP TABLE site_progress AS
       SELECT row_number() OVER () AS p, * FROM (
         (SELECT 'site-u' || rm.owner AS user_id, rm.id || '-i' || n AS item_id, rm.id AS roadmap_id
          FROM site_roadmap rm, generate_series(0, least(rm.size, ${depth}) - 1) n
          ORDER BY n, rm.r LIMIT ${ownTarget})
         UNION ALL
         SELECT 'site-u' || u, seed."id", seed."roadmapId" ${seedFollowers}
       ) chosen;
       ANALYZE site_progress;`,
    );
    // Ten statuses in a row per progress row, each a real change, the last one
    // its current status; spread evenly over two years, oldest first.
    const eventsPerRow = Math.max(1, Math.floor(shape.events / Math.max(1, shape.progress)));
    const STATUSES = `ARRAY['IN_PROGRESS', 'DONE', 'SKIPPED', 'NOT_STARTED']::"ItemStatus"[]`;
    const toOf = (e: string) => `(${STATUSES})[1 + (((p % 3) - (${eventsPerRow - 1} - ${e})) % 4 + 4) % 4]`;
    await step(
      "progress",
      `INSERT INTO "Progress" ("id", "userId", "itemId", "roadmapId", "status", "updatedAt", "since")
       SELECT 'site-p' || p, user_id, item_id, roadmap_id, status, at,
         CASE WHEN status = 'NOT_STARTED' THEN NULL ELSE at END
       FROM (
         SELECT *, ${toOf(String(eventsPerRow - 1))} AS status, now() - random() * interval '73 days' AS at
         FROM site_progress
       ) rows`,
    );
    // The tallies the Progress triggers keep (they do not fire here, in replica mode).
    await step(
      "progress tallies",
      `INSERT INTO "ProgressTally" ("userId", "sectionId", "roadmapId", "done", "inProgress", "skipped")
       SELECT p."userId", i."sectionId", i."roadmapId",
         count(*) FILTER (WHERE p."status" = 'DONE'),
         count(*) FILTER (WHERE p."status" = 'IN_PROGRESS'),
         count(*) FILTER (WHERE p."status" = 'SKIPPED')
       FROM "Progress" p JOIN "Item" i ON i."id" = p."itemId"
       WHERE p."status" <> 'NOT_STARTED'
       GROUP BY 1, 2, 3`,
    );
    await step(
      "events",
      `INSERT INTO "ProgressEvent" ("userId", "itemId", "roadmapId", "from", "to", "at")
       SELECT user_id, item_id, roadmap_id,
         CASE WHEN e = 0 THEN (CASE WHEN ${toOf("e")} = 'NOT_STARTED' THEN 'DONE' ELSE 'NOT_STARTED' END)::"ItemStatus"
              ELSE ${toOf("(e - 1)")} END,
         ${toOf("e")},
         now() - interval '730 days' + (e + random()) * (interval '730 days' / ${eventsPerRow})
       FROM site_progress, generate_series(0, ${eventsPerRow - 1}) e`,
    );
    const every = Math.max(1, Math.floor(shape.progress / shape.notes));
    await step(
      "notes",
      `INSERT INTO "Note" ("id", "userId", "itemId", "body", "html", "createdAt", "updatedAt")
       SELECT 'site-n' || p, user_id, item_id, 'Remember **this** about step ' || p || '.',
         '<p>Remember <strong>this</strong> about step ' || p || '.</p>', now() - random() * interval '730 days', now()
       FROM site_progress WHERE p % ${every} = 0 LIMIT ${shape.notes}`,
    );

    for (const index of indexes) await step(`index ${index.name}`, index.definition);
    const rebuilt = await secondaryIndexes(client);
    const same = (a: typeof indexes, b: typeof indexes) =>
      JSON.stringify(a.map((i) => i.definition).sort()) === JSON.stringify(b.map((i) => i.definition).sort());
    if (!same(indexes, rebuilt)) throw new Error("the indexes built again differ from the migrated ones");
    await step(
      "public roadmaps' skills",
      // What the public-skills triggers keep (migration roadmap_public_skills), for every roadmap at once.
      `UPDATE "Roadmap" r SET "publicSkills" = c."skills"
       FROM (
         SELECT i."roadmapId", array_agg(DISTINCT i."skill" ORDER BY i."skill") AS "skills"
         FROM "Item" i JOIN "Section" s ON s."id" = i."sectionId" JOIN "Roadmap" x ON x."id" = i."roadmapId"
         WHERE x."visibility" = 'PUBLIC' AND i."skill" IS NOT NULL AND i."retiredAt" IS NULL AND s."retiredAt" IS NULL
         GROUP BY i."roadmapId"
       ) c
       WHERE r."id" = c."roadmapId"`,
    );
    for (const trigger of always) {
      await client.query(`ALTER TABLE "${trigger.table}" ENABLE ALWAYS TRIGGER "${trigger.name}"`);
    }
    await client.query(`SET session_replication_role = DEFAULT`);
    const checked = performance.now();
    await checkReferences(client);
    steps.push({ step: "references checked", ms: performance.now() - checked });
    log(`  ${shape.label} site: every reference checked (${((performance.now() - checked) / 1000).toFixed(1)} s)`);
    // A site this size would long since have been vacuumed and analysed by autovacuum.
    await step("vacuum analyze", `VACUUM (ANALYZE)`);

    const rows: Record<string, number> = {};
    for (const table of [
      "User",
      "Roadmap",
      "Section",
      "Item",
      "Resource",
      "Progress",
      "ProgressEvent",
      "Note",
      "RoadmapGoal",
    ]) {
      const { rows: counted } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`);
      rows[table] = Number(counted[0]!.n);
    }
    const { rows: size } = await client.query<{ bytes: string }>(
      `SELECT pg_database_size(current_database()) AS bytes`,
    );
    return { ms: performance.now() - started, bytes: Number(size[0]!.bytes), rows, steps };
  } finally {
    await client.end();
  }
}

/**
 * The triggers that fire even in the replica role, on the tables the generator fills. Only the
 * public-skills ones are known to it (it makes what they keep itself): another one fails here,
 * rather than leave its data unmade.
 */
async function alwaysTriggers(client: pg.Client): Promise<{ table: string; name: string }[]> {
  const { rows } = await client.query<{ table: string; name: string }>(
    `SELECT c.relname AS "table", t.tgname AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
     WHERE t.tgenabled = 'A' AND NOT t.tgisinternal ORDER BY 1, 2`,
  );
  const known = new Set([
    "Item.item_public_skills_insert",
    "Item.item_public_skills_update",
    "Roadmap.roadmap_public_skills_on_visibility",
    "Section.section_public_skills_update",
  ]);
  const unknown = rows.filter((row) => !known.has(`${row.table}.${row.name}`));
  if (unknown.length > 0) {
    throw new Error(`the site generator does not know what these triggers keep: ${JSON.stringify(unknown)}`);
  }
  return rows;
}

async function secondaryIndexes(client: pg.Client): Promise<{ name: string; definition: string }[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
     WHERE schemaname = 'public' AND tablename = ANY($1) AND indexname NOT LIKE '%\\_pkey' ORDER BY indexname`,
    [BULK_TABLES],
  );
  return rows;
}

/**
 * Every foreign key of the loaded tables holds, since the load did not check
 * them: one anti-join per key, read from the catalog so a new key is checked too.
 */
async function checkReferences(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ child: string; column: string; parent: string }>(
    `SELECT c.conrelid::regclass::text AS child, a.attname AS column, c.confrelid::regclass::text AS parent
     FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
     WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`,
  );
  for (const { child, column, parent } of rows) {
    const { rows: broken } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM ${child} x WHERE x."${column}" IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM ${parent} y WHERE y."id" = x."${column}")`,
    );
    if (Number(broken[0]!.n) > 0) throw new Error(`${broken[0]!.n} rows of ${child}.${column} point nowhere`);
  }
}
