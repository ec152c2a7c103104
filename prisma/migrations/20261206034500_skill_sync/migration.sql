-- One skill, one status (issue 24). A learner's status on a skill (SkillProgress) is the
-- status of every item claiming it. It is kept on the server by the functions below, the one
-- implementation that every writer (a click, a guest merge, a reset, an author's save) and
-- this migration's backfill call:
--
-- skill_sync(user, skills): per skill, the most recent of the learner's statuses wins: the
--   kept SkillProgress row, or any row of theirs on a live item claiming it on a roadmap they
--   follow (have a progress row on) and may see. Ties keep the kept row. Then every such item
--   whose row differs is set to the winner (status and time; `since` by the row trigger, as
--   the item's own history defines it) with a SKILL event: charts
--   over time count it, history and activity show only the learner's own act (CHANGE). Rows
--   changed since the winner was read are left alone (their own sync follows), so concurrent
--   writers converge on the newest change. Tallies move as the writers move them.
--
-- skill_follow(user, roadmaps, skills): skill_sync of the given skills and of those the learner
--   has a status on that the roadmaps' items claim: a learner's skills reach a roadmap they
--   start following (their first row on it), and items a save adds or makes claim a skill.
--
-- Bounded by the learner's followed roadmaps (a loose index scan of their progress rows, one
-- probe per roadmap) and the items of those roadmaps that claim the skills (Item(skill,
-- roadmapId)): never by the number of roadmaps on the site that claim a skill.

-- The roadmaps a learner follows (has a progress row on, or studies in a cohort) and may see:
-- a loose index scan of their progress rows, one probe per roadmap however many rows they hold,
-- and their cohorts (at most 20).
CREATE FUNCTION "followed_roadmaps"(p_user text) RETURNS TABLE ("id" text) LANGUAGE sql STABLE AS $$
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

CREATE FUNCTION "skill_sync"(p_user text, p_skills text[]) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  v_followed text[];
  v_mirrored integer;
  -- The winners, one per skill (arrays, not a temporary table: this runs on every click of
  -- an item that claims a skill).
  w_skill text[];
  w_status "ItemStatus"[];
  w_at timestamp(3)[];
  w_since timestamp(3)[];
  w_item text[];
  w_kept boolean[];
BEGIN
  IF p_skills IS NULL OR cardinality(p_skills) = 0 THEN
    RETURN 0;
  END IF;
  -- One sync per learner's skill at a time, taken in name order (two syncs cannot deadlock
  -- on these). Held to the end of the caller's transaction.
  PERFORM pg_advisory_xact_lock(hashtextextended('skill ' || p_user || ' ' || x.s, 0))
  FROM (SELECT DISTINCT s FROM unnest(p_skills) AS u(s) ORDER BY s) x;

  SELECT COALESCE(array_agg(f."id"), '{}') INTO v_followed FROM "followed_roadmaps"(p_user) f;

  SELECT array_agg(w."skill"), array_agg(w."status"), array_agg(w."updatedAt"), array_agg(w."since"),
    array_agg(w."itemId"), array_agg(w."kept")
  INTO w_skill, w_status, w_at, w_since, w_item, w_kept
  FROM (
  SELECT DISTINCT ON (c."skill") c."skill", c."status", c."updatedAt", c."since", c."itemId", c."kept"
  FROM (
    SELECT sp."skill", sp."status", sp."updatedAt", sp."since", sp."itemId", true AS "kept"
    FROM "SkillProgress" sp WHERE sp."userId" = p_user AND sp."skill" = ANY(p_skills)
    UNION ALL
    SELECT i."skill", p."status", p."updatedAt", p."since", p."itemId", false
    FROM unnest(v_followed) AS f("roadmapId")
    JOIN "Item" i ON i."skill" = ANY(p_skills) AND i."roadmapId" = f."roadmapId"
    JOIN "Section" s ON s."id" = i."sectionId"
    JOIN "Progress" p ON p."userId" = p_user AND p."itemId" = i."id"
    WHERE i."retiredAt" IS NULL AND s."retiredAt" IS NULL AND p."updatedAt" > '1970-01-01 00:00:00'
  ) c
  ORDER BY c."skill", c."updatedAt" DESC, c."kept" DESC, c."itemId"
  ) w;
  IF w_skill IS NULL THEN
    RETURN 0;
  END IF;

  INSERT INTO "SkillProgress" ("userId", "skill", "status", "updatedAt", "since", "itemId")
  SELECT p_user, w."skill", w."status", w."updatedAt",
    CASE WHEN w."status" = 'NOT_STARTED' THEN NULL ELSE COALESCE(w."since", w."updatedAt") END, w."itemId"
  FROM unnest(w_skill, w_status, w_at, w_since, w_item, w_kept)
    AS w("skill", "status", "updatedAt", "since", "itemId", "kept")
  WHERE NOT w."kept"
  ORDER BY w."skill"
  ON CONFLICT ("userId", "skill") DO UPDATE SET
    "status" = excluded."status", "updatedAt" = excluded."updatedAt", "since" = excluded."since",
    "itemId" = excluded."itemId";

  WITH targets AS MATERIALIZED (
    SELECT i."id" AS "itemId", i."roadmapId", i."sectionId", p."id" AS "rowId", p."status" AS "from",
      w."status" AS "to", w."updatedAt" AS "at"
    FROM unnest(v_followed) AS f("roadmapId")
    JOIN "Item" i ON i."skill" = ANY(p_skills) AND i."roadmapId" = f."roadmapId"
    JOIN "Section" s ON s."id" = i."sectionId"
    JOIN unnest(w_skill, w_status, w_at) AS w("skill", "status", "updatedAt")
      ON w."skill" = i."skill"
    LEFT JOIN "Progress" p ON p."userId" = p_user AND p."itemId" = i."id"
    WHERE i."retiredAt" IS NULL AND s."retiredAt" IS NULL
      AND ((p."id" IS NULL AND w."status" <> 'NOT_STARTED') OR p."status" <> w."status")
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
  tallied AS (
    INSERT INTO "ProgressTally" ("userId", "sectionId", "roadmapId", "done", "inProgress", "skipped")
    SELECT p_user, u."sectionId", u."roadmapId",
      sum((u."to" = 'DONE')::int - (u."from" = 'DONE')::int),
      sum((u."to" = 'IN_PROGRESS')::int - (u."from" = 'IN_PROGRESS')::int),
      sum((u."to" = 'SKIPPED')::int - (u."from" = 'SKIPPED')::int)
    FROM updated u
    GROUP BY 2, 3
    ORDER BY 2
    ON CONFLICT ("userId", "sectionId") DO UPDATE SET
      "done" = "ProgressTally"."done" + excluded."done",
      "inProgress" = "ProgressTally"."inProgress" + excluded."inProgress",
      "skipped" = "ProgressTally"."skipped" + excluded."skipped"
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
  )
  SELECT count(*) INTO v_mirrored FROM changed;

  RETURN v_mirrored;
END $$;

CREATE FUNCTION "skill_follow"(p_user text, p_roadmaps text[], p_skills text[]) RETURNS integer LANGUAGE plpgsql AS $$
BEGIN
  RETURN "skill_sync"(p_user, ARRAY(
    SELECT DISTINCT x."skill" FROM (
      SELECT unnest(p_skills) AS "skill"
      UNION ALL
      SELECT sp."skill" FROM "SkillProgress" sp
      WHERE sp."userId" = p_user AND cardinality(p_roadmaps) > 0
        AND EXISTS (SELECT 1 FROM "Item" i WHERE i."skill" = sp."skill" AND i."roadmapId" = ANY(p_roadmaps))
    ) x
    WHERE x."skill" IS NOT NULL
    ORDER BY 1
  ));
END $$;

-- A click (services/progress/apply-one-status-change.ts) is one statement that marks itself
-- with waymark.skill_click (the learner, for its transaction only). At its end, this trigger
-- brings the item's skill in line on every roadmap the learner follows and, when the row is the
-- learner's first on the roadmap, the learner's skills to it: in the same statement and
-- transaction, however many items claim the skill. Every other writer leaves the mark unset and
-- calls skill_follow itself, once for its whole batch; the syncs' own writes (depth 2) pass.
CREATE FUNCTION "progress_click_skills"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_skill text;
  v_first boolean := false;
BEGIN
  IF pg_trigger_depth() > 1 OR current_setting('waymark.skill_click', true) IS DISTINCT FROM NEW."userId" THEN
    RETURN NULL;
  END IF;
  SELECT i."skill" INTO v_skill FROM "Item" i WHERE i."id" = NEW."itemId";
  IF TG_OP = 'INSERT' THEN
    v_first := NOT EXISTS (
      SELECT 1 FROM "Progress" p
      WHERE p."userId" = NEW."userId" AND p."roadmapId" = NEW."roadmapId" AND p."id" <> NEW."id"
    );
  END IF;
  IF v_skill IS NOT NULL OR v_first THEN
    PERFORM "skill_follow"(
      NEW."userId",
      CASE WHEN v_first THEN ARRAY[NEW."roadmapId"] ELSE '{}'::text[] END,
      CASE WHEN v_skill IS NULL THEN '{}'::text[] ELSE ARRAY[v_skill] END
    );
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "progress_click_skills" AFTER INSERT OR UPDATE OF "status" ON "Progress"
  FOR EACH ROW EXECUTE FUNCTION "progress_click_skills"();

-- The catalogue of skills live items of PUBLIC roadmaps claim (anyone may read it: a private
-- roadmap's claims never enter it), titled by the first claiming item (built-in first).
INSERT INTO "Skill" ("name", "title")
SELECT DISTINCT ON (i."skill") i."skill", i."title"
FROM "Item" i JOIN "Section" s ON s."id" = i."sectionId" JOIN "Roadmap" r ON r."id" = i."roadmapId"
WHERE i."skill" IS NOT NULL AND r."visibility" = 'PUBLIC' AND i."retiredAt" IS NULL AND s."retiredAt" IS NULL
ORDER BY i."skill", (r."ownerId" IS NOT NULL), r."createdAt", i."id"
ON CONFLICT ("name") DO NOTHING;

-- Backfill: every learner's skills, from the statuses they already have. The most recent
-- change wins; the others stay in the history, and the items it overrides get SKILL events.
SELECT "skill_sync"(l."userId", l."skills")
FROM (
  SELECT p."userId", array_agg(DISTINCT i."skill" ORDER BY i."skill") AS "skills"
  FROM "Progress" p JOIN "Item" i ON i."id" = p."itemId"
  WHERE i."skill" IS NOT NULL AND p."updatedAt" > '1970-01-01 00:00:00'
  GROUP BY p."userId"
) l
ORDER BY l."userId";
