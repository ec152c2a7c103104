-- AlterTable
ALTER TABLE "Roadmap" ADD COLUMN     "publicSkills" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "Roadmap_publicSkills_idx" ON "Roadmap" USING GIN ("publicSkills");

-- Explore's filter by skill (issue 24) lists the PUBLIC roadmaps with a live item claiming it.
-- Probing Item(skill, roadmapId) per public roadmap, newest first, walks every public roadmap when
-- a skill is claimed by many private roadmaps (forks) and only old public ones; starting from the
-- claiming items reads every claim. Each PUBLIC roadmap keeps the skills its live items claim
-- ("publicSkills", empty while it is not PUBLIC), so the filter is one lookup of the GIN index.
-- Kept here, by the rows that decide it, whoever writes them (a save, an import, a fork, the seed,
-- a change of visibility): a roadmap's items are read at most once per statement that changes them.

-- The skills a roadmap's live items claim, in name order.
CREATE FUNCTION "roadmap_claimed_skills"(p_roadmap text) RETURNS text[] LANGUAGE sql STABLE AS $$
  SELECT COALESCE(array_agg(DISTINCT i."skill" ORDER BY i."skill"), '{}')
  FROM "Item" i JOIN "Section" s ON s."id" = i."sectionId"
  WHERE i."roadmapId" = p_roadmap AND i."skill" IS NOT NULL AND i."retiredAt" IS NULL AND s."retiredAt" IS NULL
$$;

-- A change of visibility: the claims when it becomes PUBLIC, none otherwise.
CREATE FUNCTION "roadmap_public_skills_on_visibility"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."publicSkills" := CASE WHEN NEW."visibility" = 'PUBLIC' THEN "roadmap_claimed_skills"(NEW."id") ELSE '{}' END;
  RETURN NEW;
END $$;

CREATE TRIGGER "roadmap_public_skills_on_visibility" BEFORE UPDATE OF "visibility" ON "Roadmap"
  FOR EACH ROW WHEN (OLD."visibility" IS DISTINCT FROM NEW."visibility")
  EXECUTE FUNCTION "roadmap_public_skills_on_visibility"();

-- Items added, changed or retired, and sections retired or brought back: the PUBLIC roadmaps they
-- belong to read their claims again (once per roadmap and statement), written only when they moved.
CREATE FUNCTION "roadmap_public_skills_on_rows"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Roadmap" r SET "publicSkills" = c."skills"
  FROM (
    SELECT x."id", "roadmap_claimed_skills"(x."id") AS "skills"
    FROM "Roadmap" x
    WHERE x."id" IN (SELECT DISTINCT "roadmapId" FROM "changed_rows") AND x."visibility" = 'PUBLIC'
  ) c
  WHERE r."id" = c."id" AND r."publicSkills" IS DISTINCT FROM c."skills";
  RETURN NULL;
END $$;

CREATE TRIGGER "item_public_skills_insert" AFTER INSERT ON "Item"
  REFERENCING NEW TABLE AS "changed_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "roadmap_public_skills_on_rows"();
CREATE TRIGGER "item_public_skills_update" AFTER UPDATE ON "Item"
  REFERENCING NEW TABLE AS "changed_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "roadmap_public_skills_on_rows"();
CREATE TRIGGER "section_public_skills_update" AFTER UPDATE ON "Section"
  REFERENCING NEW TABLE AS "changed_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "roadmap_public_skills_on_rows"();

-- A save inserts items with session_replication_role = replica (without-reference-checks.ts),
-- which silences ordinary triggers: these fire in every mode.
ALTER TABLE "Roadmap" ENABLE ALWAYS TRIGGER "roadmap_public_skills_on_visibility";
ALTER TABLE "Item" ENABLE ALWAYS TRIGGER "item_public_skills_insert";
ALTER TABLE "Item" ENABLE ALWAYS TRIGGER "item_public_skills_update";
ALTER TABLE "Section" ENABLE ALWAYS TRIGGER "section_public_skills_update";

-- The PUBLIC roadmaps there are.
UPDATE "Roadmap" r SET "publicSkills" = "roadmap_claimed_skills"(r."id") WHERE r."visibility" = 'PUBLIC';
