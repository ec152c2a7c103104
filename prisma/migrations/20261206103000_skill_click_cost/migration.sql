-- A click on an item claiming a skill (issue 24, point 7) cost half again a click on an item
-- claiming none, mostly waiting: every click of a learner moves their tally of the item's
-- section (ProgressTally), so a learner's concurrent clicks queue on it, and a click of a skill
-- took that row's lock in its own statement and held it while the trigger synced the skill's
-- other items (four statements, the loose scan of every followed roadmap among them) and
-- until commit. Same rules (migration skill_sync), cheaper:
--
-- - A learner's roadmaps are found from the items claiming the skills when they are few (at
--   most 256 claims on the whole site, one probe each: does the learner have a row on the
--   item, else on its roadmap, else study it in a cohort); past that, as before, by the loose
--   scan of the learner's followed roadmaps, one probe per roadmap. Bounded both ways.
-- - The winner, the kept row (SkillProgress), the copies and their events are one statement
--   over one read of the claiming items and the learner's rows on them.
-- - Every tally a sync moves, and the click's own (which the click statement now leaves to its
--   trigger when the item claims a skill: waymark.skill_click_tally names its section), moves
--   in one upsert in section order, last: tally rows are locked for the commit only, and a
--   click never holds one tally row while waiting for another (two clicks of different skills
--   on each other's roadmaps could deadlock on them).
-- - The click trigger is queued only for the click's own row (a WHEN clause): the sync's
--   copies, guest merges and resets no longer call it once per row to return at once.

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
      -- on the item or the roadmap, or studies it in a cohort), with the learner's row.
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
      WHERE p."id" IS NOT NULL OR v_all_followed
        OR EXISTS (SELECT 1 FROM "Progress" q WHERE q."userId" = p_user AND q."roadmapId" = f."roadmapId")
        OR EXISTS (
          SELECT 1 FROM "CohortMember" m JOIN "Cohort" c ON c."id" = m."cohortId"
          WHERE m."userId" = p_user AND c."roadmapId" = f."roadmapId"
        )
    ),
    -- Per skill, the most recent of the kept row and the learner's rows (ties keep the kept row).
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
      ORDER BY c."skill", c."updatedAt" DESC, c."kept" DESC, c."itemId"
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

CREATE OR REPLACE FUNCTION "skill_sync"(p_user text, p_skills text[]) RETURNS integer LANGUAGE plpgsql AS $$
BEGIN
  RETURN "skill_sync_tallied"(p_user, p_skills, NULL, NULL, NULL, NULL);
END $$;

-- The click's trigger: as before (migration skill_sync), and it moves the click's own tally
-- when the click statement left it (waymark.skill_click_tally: the item's section, read by
-- the click statement with its skill), together with the copies' tallies.
CREATE OR REPLACE FUNCTION "progress_click_skills"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_skill text;
  v_first boolean := false;
  v_section text;
BEGIN
  IF pg_trigger_depth() > 1 OR current_setting('waymark.skill_click', true) IS DISTINCT FROM NEW."userId" THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    v_section := NULLIF(current_setting('waymark.skill_click_tally', true), '');
    IF v_section IS NOT NULL THEN
      PERFORM set_config('waymark.skill_click_tally', '', true);
    END IF;
  END IF;
  SELECT i."skill" INTO v_skill FROM "Item" i WHERE i."id" = NEW."itemId";
  IF TG_OP = 'INSERT' THEN
    v_first := NOT EXISTS (
      SELECT 1 FROM "Progress" p
      WHERE p."userId" = NEW."userId" AND p."roadmapId" = NEW."roadmapId" AND p."id" <> NEW."id"
    );
  END IF;
  IF v_first THEN
    PERFORM "skill_follow"(
      NEW."userId", ARRAY[NEW."roadmapId"],
      CASE WHEN v_skill IS NULL THEN '{}'::text[] ELSE ARRAY[v_skill] END
    );
  ELSIF v_skill IS NOT NULL OR v_section IS NOT NULL THEN
    PERFORM "skill_sync_tallied"(
      NEW."userId",
      CASE WHEN v_skill IS NULL THEN '{}'::text[] ELSE ARRAY[v_skill] END,
      v_section, NEW."roadmapId", OLD."status", NEW."status"
    );
  END IF;
  RETURN NULL;
END $$;

DROP TRIGGER "progress_click_skills" ON "Progress";
CREATE TRIGGER "progress_click_skills" AFTER INSERT OR UPDATE OF "status" ON "Progress"
  FOR EACH ROW
  WHEN (pg_trigger_depth() = 0 AND current_setting('waymark.skill_click', true) IS NOT DISTINCT FROM NEW."userId")
  EXECUTE FUNCTION "progress_click_skills"();
