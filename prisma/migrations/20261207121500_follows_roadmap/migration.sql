-- One rule, "a learner follows a roadmap" (issue 24): they have a progress row on it, whatever
-- its status (a guest merge of untouched items leaves rows that are all NOT_STARTED, and no
-- tally), or they are a member of a cohort studying it. A learner's skill statuses reach the
-- items of the roadmaps they follow. The rule is asked three ways, defined here side by side
-- and checked against each other (server/services/skills/follows-roadmap.int.test.ts):
--
-- - followed_roadmaps(user): the roadmaps a learner follows and may see, by a loose scan of
--   Progress(userId, roadmapId), one probe per roadmap however many rows they hold, and their
--   cohorts (at most 20). Unchanged from the migration skill_sync; restated here beside the others.
-- - roadmap_followers(roadmap): the learners following a roadmap, by a loose scan of
--   Progress(roadmapId, userId), one probe per learner, and the members of its cohorts. (An
--   author's save that makes items claim skills brings those skills to them.)
-- - follows_roadmap(user, roadmap): one pair, two probes. It returns one row or none, rather
--   than a boolean, so that the planner inlines it into the statement that asks (a scalar SQL
--   function holding EXISTS is not inlined, and would run as a call per row).
--
-- Before, each caller wrote the rule out. One copy drifting (a save's followers found by their
-- tallies) let new claims miss the learners whose rows were all NOT_STARTED.

CREATE OR REPLACE FUNCTION "followed_roadmaps"(p_user text) RETURNS TABLE ("id" text) LANGUAGE sql STABLE AS $$
  WITH RECURSIVE followed("roadmapId") AS (
    (SELECT p."roadmapId" FROM "Progress" p WHERE p."userId" = p_user ORDER BY p."roadmapId" LIMIT 1)
    UNION ALL
    SELECT (SELECT p."roadmapId" FROM "Progress" p
            WHERE p."userId" = p_user AND p."roadmapId" > f."roadmapId" ORDER BY p."roadmapId" LIMIT 1)
    FROM followed f WHERE f."roadmapId" IS NOT NULL
  )
  SELECT r."id" FROM (
    SELECT f."roadmapId" FROM followed f WHERE f."roadmapId" IS NOT NULL
    UNION
    SELECT c."roadmapId" FROM "CohortMember" m JOIN "Cohort" c ON c."id" = m."cohortId" WHERE m."userId" = p_user
  ) f JOIN "Roadmap" r ON r."id" = f."roadmapId"
  WHERE r."visibility" <> 'PRIVATE' OR r."ownerId" = p_user
$$;

CREATE FUNCTION "roadmap_followers"(p_roadmap text) RETURNS TABLE ("userId" text) LANGUAGE sql STABLE AS $$
  WITH RECURSIVE learners("userId") AS (
    (SELECT p."userId" FROM "Progress" p WHERE p."roadmapId" = p_roadmap ORDER BY p."userId" LIMIT 1)
    UNION ALL
    SELECT (SELECT p."userId" FROM "Progress" p
            WHERE p."roadmapId" = p_roadmap AND p."userId" > l."userId" ORDER BY p."userId" LIMIT 1)
    FROM learners l WHERE l."userId" IS NOT NULL
  )
  SELECT l."userId" FROM learners l WHERE l."userId" IS NOT NULL
  UNION
  SELECT m."userId" FROM "Cohort" c JOIN "CohortMember" m ON m."cohortId" = c."id" WHERE c."roadmapId" = p_roadmap
$$;

CREATE FUNCTION "follows_roadmap"(p_user text, p_roadmap text) RETURNS SETOF boolean LANGUAGE sql STABLE AS $$
  SELECT true
  WHERE EXISTS (SELECT 1 FROM "Progress" p WHERE p."userId" = p_user AND p."roadmapId" = p_roadmap)
    OR EXISTS (
      SELECT 1 FROM "CohortMember" m JOIN "Cohort" c ON c."id" = m."cohortId"
      WHERE m."userId" = p_user AND c."roadmapId" = p_roadmap
    )
$$;

-- The click's and every writer's sync (migration skill_click_cost), with the rule asked of
-- follows_roadmap instead of written out, and ties between changes of one instant settled
-- towards DONE (before: by item id, so that a backfill could lower a completion). Otherwise
-- unchanged.
CREATE OR REPLACE FUNCTION "skill_sync_tallied"(
  p_user text, p_skills text[],
  p_section text, p_roadmap text, p_from "ItemStatus", p_to "ItemStatus"
) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  v_claims integer;
  v_roadmaps text[];
  v_all_followed boolean := false;
  v_mirrored integer := 0;
  t_section text[];
  t_roadmap text[];
  t_done integer[];
  t_in_progress integer[];
  t_skipped integer[];
BEGIN
  IF p_skills IS NOT NULL AND cardinality(p_skills) > 0 THEN
    -- One sync per learner's skill at a time, taken in name order (two syncs cannot deadlock
    -- on these). Held to the end of the caller's transaction.
    PERFORM pg_advisory_xact_lock(hashtextextended('skill ' || p_user || ' ' || x.s, 0))
    FROM (SELECT DISTINCT s FROM unnest(p_skills) AS u(s) ORDER BY s) x;

    -- The roadmaps to look at: those of the claims when they are few (each checked below for
    -- the learner following it), else the learner's followed roadmaps.
    SELECT count(*), COALESCE(array_agg(DISTINCT c."roadmapId"), '{}') INTO v_claims, v_roadmaps
    FROM (SELECT i."roadmapId" FROM "Item" i WHERE i."skill" = ANY(p_skills) LIMIT 257) c;
    IF v_claims > 256 THEN
      SELECT COALESCE(array_agg(f."id"), '{}') INTO v_roadmaps FROM "followed_roadmaps"(p_user) f;
      v_all_followed := true;
    END IF;

    WITH claims AS MATERIALIZED (
      -- Live items claiming the skills on roadmaps the learner may see and follows (has a row
      -- on the item, else follows_roadmap), with the learner's row.
      SELECT i."id" AS "itemId", i."roadmapId", i."sectionId", i."skill",
        p."id" AS "rowId", p."status", p."updatedAt", p."since"
      FROM unnest(v_roadmaps) AS f("roadmapId")
      CROSS JOIN LATERAL (
        SELECT i."id", i."roadmapId", i."sectionId", i."skill"
        FROM "Roadmap" r
        JOIN "Item" i ON i."roadmapId" = r."id" AND i."skill" = ANY(p_skills) AND i."retiredAt" IS NULL
        JOIN "Section" s ON s."id" = i."sectionId" AND s."retiredAt" IS NULL
        WHERE r."id" = f."roadmapId" AND (r."visibility" <> 'PRIVATE' OR r."ownerId" = p_user)
        OFFSET 0
      ) i
      LEFT JOIN "Progress" p ON p."userId" = p_user AND p."itemId" = i."id"
      WHERE p."id" IS NOT NULL OR v_all_followed OR EXISTS (SELECT 1 FROM "follows_roadmap"(p_user, f."roadmapId"))
    ),
    -- Per skill, the most recent of the kept row and the learner's rows. Ties keep the kept row,
    -- then DONE: changes made at the same instant (rows written with one time) never lower
    -- anyone's completion, whichever item's id sorts first.
    winners AS MATERIALIZED (
      SELECT DISTINCT ON (c."skill") c."skill", c."status", c."updatedAt", c."since", c."itemId", c."kept"
      FROM (
        SELECT sp."skill", sp."status", sp."updatedAt", sp."since", sp."itemId", true AS "kept"
        FROM (SELECT DISTINCT unnest(p_skills) AS "skill") k
        CROSS JOIN LATERAL (
          SELECT * FROM "SkillProgress" sp WHERE sp."userId" = p_user AND sp."skill" = k."skill" OFFSET 0
        ) sp
        UNION ALL
        SELECT c."skill", c."status", c."updatedAt", c."since", c."itemId", false
        FROM claims c WHERE c."rowId" IS NOT NULL AND c."updatedAt" > '1970-01-01 00:00:00'
      ) c
      ORDER BY c."skill", c."updatedAt" DESC, c."kept" DESC, (c."status" = 'DONE') DESC, c."itemId"
    ),
    kept AS (
      INSERT INTO "SkillProgress" ("userId", "skill", "status", "updatedAt", "since", "itemId")
      SELECT p_user, w."skill", w."status", w."updatedAt",
        CASE WHEN w."status" = 'NOT_STARTED' THEN NULL ELSE COALESCE(w."since", w."updatedAt") END, w."itemId"
      FROM winners w WHERE NOT w."kept"
      ORDER BY w."skill"
      ON CONFLICT ("userId", "skill") DO UPDATE SET
        "status" = excluded."status", "updatedAt" = excluded."updatedAt", "since" = excluded."since",
        "itemId" = excluded."itemId"
    ),
    targets AS MATERIALIZED (
      SELECT c."itemId", c."roadmapId", c."sectionId", c."rowId", c."status" AS "from",
        w."status" AS "to", w."updatedAt" AS "at"
      FROM claims c JOIN winners w ON w."skill" = c."skill"
      WHERE (c."rowId" IS NULL AND w."status" <> 'NOT_STARTED') OR c."status" <> w."status"
    ),
    -- Re-checked under the row's lock: a row changed since the winner was read keeps its change.
    updated AS (
      UPDATE "Progress" p SET "status" = t."to", "updatedAt" = t."at"
      FROM targets t
      WHERE p."id" = t."rowId" AND p."status" = t."from" AND p."updatedAt" <= t."at"
      RETURNING t."itemId", t."roadmapId", t."sectionId", t."from", t."to", t."at"
    ),
    -- New rows are counted by the table's insert trigger.
    inserted AS (
      INSERT INTO "Progress" ("id", "userId", "itemId", "roadmapId", "status", "updatedAt")
      SELECT gen_random_uuid()::text, p_user, t."itemId", t."roadmapId", t."to", t."at"
      FROM targets t WHERE t."rowId" IS NULL
      ORDER BY t."itemId"
      ON CONFLICT ("userId", "itemId") DO NOTHING
      RETURNING "itemId", "roadmapId", 'NOT_STARTED'::"ItemStatus" AS "from", "status" AS "to", "updatedAt" AS "at"
    ),
    changed AS (
      SELECT "itemId", "roadmapId", "from", "to", "at" FROM updated
      UNION ALL
      SELECT "itemId", "roadmapId", "from", "to", "at" FROM inserted
    ),
    logged AS (
      INSERT INTO "ProgressEvent" ("userId", "itemId", "roadmapId", "from", "to", "at", "kind")
      SELECT p_user, c."itemId", c."roadmapId", c."from", c."to", c."at", 'SKILL'
      FROM changed c ORDER BY c."at", c."itemId"
    ),
    moved AS (
      SELECT u."sectionId", u."roadmapId",
        sum((u."to" = 'DONE')::int - (u."from" = 'DONE')::int)::int AS "done",
        sum((u."to" = 'IN_PROGRESS')::int - (u."from" = 'IN_PROGRESS')::int)::int AS "inProgress",
        sum((u."to" = 'SKIPPED')::int - (u."from" = 'SKIPPED')::int)::int AS "skipped"
      FROM updated u GROUP BY 1, 2
    )
    SELECT (SELECT count(*) FROM changed), array_agg(m."sectionId"), array_agg(m."roadmapId"),
      array_agg(m."done"), array_agg(m."inProgress"), array_agg(m."skipped")
    INTO v_mirrored, t_section, t_roadmap, t_done, t_in_progress, t_skipped
    FROM moved m;
  END IF;

  -- The tallies last, in one upsert in section order: the rows the sync updated (new rows were
  -- counted by the insert trigger) and the caller's own change, if any.
  INSERT INTO "ProgressTally" ("userId", "sectionId", "roadmapId", "done", "inProgress", "skipped")
  SELECT p_user, d."sectionId", min(d."roadmapId"), sum(d."done"), sum(d."inProgress"), sum(d."skipped")
  FROM (
    SELECT * FROM unnest(t_section, t_roadmap, t_done, t_in_progress, t_skipped)
      AS m("sectionId", "roadmapId", "done", "inProgress", "skipped")
    UNION ALL
    SELECT p_section, p_roadmap,
      (p_to = 'DONE')::int - (p_from = 'DONE')::int,
      (p_to = 'IN_PROGRESS')::int - (p_from = 'IN_PROGRESS')::int,
      (p_to = 'SKIPPED')::int - (p_from = 'SKIPPED')::int
    WHERE p_section IS NOT NULL AND p_from IS DISTINCT FROM p_to
  ) d
  WHERE d."sectionId" IS NOT NULL
  GROUP BY d."sectionId"
  HAVING sum(d."done") <> 0 OR sum(d."inProgress") <> 0 OR sum(d."skipped") <> 0
  ORDER BY d."sectionId"
  ON CONFLICT ("userId", "sectionId") DO UPDATE SET
    "done" = "ProgressTally"."done" + excluded."done",
    "inProgress" = "ProgressTally"."inProgress" + excluded."inProgress",
    "skipped" = "ProgressTally"."skipped" + excluded."skipped";

  RETURN v_mirrored;
END $$ SET plan_cache_mode = force_generic_plan;
