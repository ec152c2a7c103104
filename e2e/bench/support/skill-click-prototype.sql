-- npm run bench:skill-click (e2e/bench/skill-click-cost.ts) installs this in its throwaway database
-- only. A prototype of issue 24's "store the skill's status once" design, to measure its click
-- before building it: the skill's kept row (SkillProgress), the clicked item's own row and one
-- event, and the tallies of every live section claiming the skill on a roadmap the learner follows
-- and may see. No copies on other items' rows and no SKILL events: readers would resolve a skill
-- item's status from SkillProgress. (Not a full click: a new row would also be counted by the
-- table's insert trigger, and retired or unfollowed claims are not handled beyond the filter below.)
CREATE OR REPLACE FUNCTION prototype_skill_click(p_user text, p_item text, p_status "ItemStatus") RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  v_skill text; v_roadmap text; v_section text; v_from "ItemStatus";
  v_at timestamp(3) := clock_timestamp() AT TIME ZONE 'UTC';
  v_moved integer := 0;
BEGIN
  SELECT i."skill", i."roadmapId", i."sectionId" INTO v_skill, v_roadmap, v_section
  FROM "Item" i JOIN "Section" s ON s."id" = i."sectionId" JOIN "Roadmap" r ON r."id" = i."roadmapId"
  WHERE i."id" = p_item AND i."retiredAt" IS NULL AND s."retiredAt" IS NULL
    AND (r."visibility" <> 'PRIVATE' OR r."ownerId" = p_user);
  PERFORM pg_advisory_xact_lock(hashtextextended('skill ' || p_user || ' ' || v_skill, 0));
  SELECT sp."status" INTO v_from FROM "SkillProgress" sp WHERE sp."userId" = p_user AND sp."skill" = v_skill FOR UPDATE;
  v_from := COALESCE(v_from, 'NOT_STARTED');
  IF v_from = p_status THEN RETURN 0; END IF;
  INSERT INTO "SkillProgress" ("userId", "skill", "status", "updatedAt", "since", "itemId")
  VALUES (p_user, v_skill, p_status, v_at, CASE WHEN p_status = 'NOT_STARTED' THEN NULL ELSE v_at END, p_item)
  ON CONFLICT ("userId", "skill") DO UPDATE SET "status" = excluded."status", "updatedAt" = excluded."updatedAt",
    "since" = excluded."since", "itemId" = excluded."itemId";
  INSERT INTO "Progress" ("id", "userId", "itemId", "roadmapId", "status", "updatedAt")
  VALUES (gen_random_uuid()::text, p_user, p_item, v_roadmap, p_status, v_at)
  ON CONFLICT ("userId", "itemId") DO UPDATE SET "status" = excluded."status", "updatedAt" = excluded."updatedAt";
  INSERT INTO "ProgressEvent" ("userId", "itemId", "roadmapId", "from", "to", "at")
  VALUES (p_user, p_item, v_roadmap, v_from, p_status, v_at);
  INSERT INTO "ProgressTally" ("userId", "sectionId", "roadmapId", "done", "inProgress", "skipped")
  SELECT p_user, c."sectionId", min(c."roadmapId"),
    count(*) * ((p_status = 'DONE')::int - (v_from = 'DONE')::int),
    count(*) * ((p_status = 'IN_PROGRESS')::int - (v_from = 'IN_PROGRESS')::int),
    count(*) * ((p_status = 'SKIPPED')::int - (v_from = 'SKIPPED')::int)
  FROM (
    SELECT i."sectionId", i."roadmapId"
    FROM "Item" i JOIN "Section" s ON s."id" = i."sectionId" JOIN "Roadmap" r ON r."id" = i."roadmapId"
    WHERE i."skill" = v_skill AND i."retiredAt" IS NULL AND s."retiredAt" IS NULL
      AND (r."visibility" <> 'PRIVATE' OR r."ownerId" = p_user)
      AND (i."roadmapId" = v_roadmap OR EXISTS (SELECT 1 FROM "follows_roadmap"(p_user, i."roadmapId")))
  ) c
  GROUP BY c."sectionId" ORDER BY c."sectionId"
  ON CONFLICT ("userId", "sectionId") DO UPDATE SET
    "done" = "ProgressTally"."done" + excluded."done",
    "inProgress" = "ProgressTally"."inProgress" + excluded."inProgress",
    "skipped" = "ProgressTally"."skipped" + excluded."skipped";
  GET DIAGNOSTICS v_moved = ROW_COUNT;
  RETURN v_moved;
END $$ SET plan_cache_mode = force_generic_plan;
