-- DropIndex
DROP INDEX "Progress_userId_roadmapId_status_idx";

-- CreateTable
CREATE TABLE "ProgressTally" (
    "userId" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "roadmapId" TEXT NOT NULL,
    "done" INTEGER NOT NULL DEFAULT 0,
    "inProgress" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProgressTally_pkey" PRIMARY KEY ("userId","sectionId")
);

-- CreateIndex
CREATE INDEX "ProgressTally_roadmapId_userId_idx" ON "ProgressTally"("roadmapId", "userId");

-- CreateIndex
CREATE INDEX "ProgressTally_sectionId_idx" ON "ProgressTally"("sectionId");

-- CreateIndex
CREATE INDEX "Progress_userId_roadmapId_status_updatedAt_idx" ON "Progress"("userId", "roadmapId", "status", "updatedAt");

-- CreateIndex
CREATE INDEX "Progress_userId_roadmapId_since_idx" ON "Progress"("userId", "roadmapId", "since");

-- AddForeignKey
ALTER TABLE "ProgressTally" ADD CONSTRAINT "ProgressTally_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressTally" ADD CONSTRAINT "ProgressTally_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressTally" ADD CONSTRAINT "ProgressTally_roadmapId_fkey" FOREIGN KEY ("roadmapId") REFERENCES "Roadmap"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------
-- Progress."since": every row not NOT_STARTED carries it (so the earliest is
-- the first row of an index), whoever writes the row. The writers set it when
-- a batch takes an item up at another time than its last change; otherwise
-- this trigger does: the row's own time when the item is taken up (it was
-- NOT_STARTED, or is new), nothing while NOT_STARTED, unchanged otherwise.
UPDATE "Progress" SET "since" = "updatedAt" WHERE "since" IS NULL AND "status" <> 'NOT_STARTED';
UPDATE "Progress" SET "since" = NULL WHERE "since" IS NOT NULL AND "status" = 'NOT_STARTED';

CREATE FUNCTION "progress_keep_since"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" = 'NOT_STARTED' THEN
    NEW."since" := NULL;
  ELSIF TG_OP = 'INSERT' THEN
    NEW."since" := COALESCE(NEW."since", NEW."updatedAt");
  ELSIF OLD."status" = 'NOT_STARTED' AND NEW."since" IS NOT DISTINCT FROM OLD."since" THEN
    NEW."since" := NEW."updatedAt";
  ELSE
    NEW."since" := COALESCE(NEW."since", NEW."updatedAt");
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "progress_keep_since" BEFORE INSERT OR UPDATE ON "Progress"
  FOR EACH ROW EXECUTE FUNCTION "progress_keep_since"();

-- ---------------------------------------------------------------------------
-- ProgressTally: each learner's rows counted by status per section of their
-- items. Rows inserted or deleted, and items moved between sections, by
-- statement triggers with transition tables (a batch of thousands of rows is
-- one grouped upsert), so seeds and imports keep it too; upserts go in
-- (userId, sectionId) order, the order every writer locks tally rows in, so two
-- of them cannot deadlock.

CREATE FUNCTION "progress_tally_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ProgressTally" ("userId", "sectionId", "roadmapId", "done", "inProgress", "skipped")
  SELECT n."userId", i."sectionId", i."roadmapId",
    count(*) FILTER (WHERE n."status" = 'DONE'),
    count(*) FILTER (WHERE n."status" = 'IN_PROGRESS'),
    count(*) FILTER (WHERE n."status" = 'SKIPPED')
  FROM "progress_new" n JOIN "Item" i ON i."id" = n."itemId"
  WHERE n."status" <> 'NOT_STARTED'
  GROUP BY 1, 2, 3
  ORDER BY 1, 2
  ON CONFLICT ("userId", "sectionId") DO UPDATE SET
    "done" = "ProgressTally"."done" + excluded."done",
    "inProgress" = "ProgressTally"."inProgress" + excluded."inProgress",
    "skipped" = "ProgressTally"."skipped" + excluded."skipped";
  RETURN NULL;
END $$;

CREATE TRIGGER "progress_tally_insert" AFTER INSERT ON "Progress"
  REFERENCING NEW TABLE AS "progress_new"
  FOR EACH STATEMENT EXECUTE FUNCTION "progress_tally_insert"();

-- A status changed in place moves the counts in the writers' own statements
-- (services/progress: applyStatusChanges, applyOneStatusChange), which know
-- each item's status before and after: a trigger on UPDATE had to join the
-- statement's old and new rows, which quadrupled a 5,000-item guest merge on the
-- embedded database.

-- Rows go when their learner, item or roadmap does, and the tallies with them
-- (cascades): only update what is still there.
CREATE FUNCTION "progress_tally_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ProgressTally" t SET
    "done" = t."done" - d."done", "inProgress" = t."inProgress" - d."inProgress", "skipped" = t."skipped" - d."skipped"
  FROM (
    SELECT o."userId", i."sectionId",
      count(*) FILTER (WHERE o."status" = 'DONE') AS "done",
      count(*) FILTER (WHERE o."status" = 'IN_PROGRESS') AS "inProgress",
      count(*) FILTER (WHERE o."status" = 'SKIPPED') AS "skipped"
    FROM "progress_old" o JOIN "Item" i ON i."id" = o."itemId"
    WHERE o."status" <> 'NOT_STARTED'
    GROUP BY 1, 2
  ) d
  WHERE t."userId" = d."userId" AND t."sectionId" = d."sectionId";
  RETURN NULL;
END $$;

CREATE TRIGGER "progress_tally_delete" AFTER DELETE ON "Progress"
  REFERENCING OLD TABLE AS "progress_old"
  FOR EACH STATEMENT EXECUTE FUNCTION "progress_tally_delete"();

-- An item moved to another section by a save takes its learners' counts along.
-- The moved items are found by set differences of the statement's old and new
-- rows (hashed), not by joining the two: a join of transition tables has no
-- index and no statistics, and as a nested loop it took two seconds to update
-- 2,000 items.
CREATE FUNCTION "item_tally_move"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Most saves move nothing.
  IF NOT EXISTS (
    SELECT "id", "sectionId" FROM "item_new" EXCEPT ALL SELECT "id", "sectionId" FROM "item_old"
  ) THEN
    RETURN NULL;
  END IF;
  INSERT INTO "ProgressTally" ("userId", "sectionId", "roadmapId", "done", "inProgress", "skipped")
  SELECT c."userId", m."sectionId", m."roadmapId",
    sum(m.sign * c."done"), sum(m.sign * c."inProgress"), sum(m.sign * c."skipped")
  FROM (
    SELECT moved_in.*, 1 AS sign FROM (
      SELECT "id", "sectionId", "roadmapId" FROM "item_new"
      EXCEPT ALL
      SELECT "id", "sectionId", "roadmapId" FROM "item_old"
    ) moved_in
    UNION ALL
    SELECT moved_out.*, -1 AS sign FROM (
      SELECT "id", "sectionId", "roadmapId" FROM "item_old"
      EXCEPT ALL
      SELECT "id", "sectionId", "roadmapId" FROM "item_new"
    ) moved_out
  ) m
  -- Per moved item, its learners' rows by the item's index (grouped, so never a scan of them all).
  CROSS JOIN LATERAL (
    SELECT p."userId",
      count(*) FILTER (WHERE p."status" = 'DONE')::int AS "done",
      count(*) FILTER (WHERE p."status" = 'IN_PROGRESS')::int AS "inProgress",
      count(*) FILTER (WHERE p."status" = 'SKIPPED')::int AS "skipped"
    FROM "Progress" p WHERE p."itemId" = m."id" AND p."status" <> 'NOT_STARTED'
    GROUP BY p."userId"
  ) c
  GROUP BY 1, 2, 3
  ORDER BY 1, 2
  ON CONFLICT ("userId", "sectionId") DO UPDATE SET
    "done" = "ProgressTally"."done" + excluded."done",
    "inProgress" = "ProgressTally"."inProgress" + excluded."inProgress",
    "skipped" = "ProgressTally"."skipped" + excluded."skipped";
  RETURN NULL;
END $$;

CREATE TRIGGER "item_tally_move" AFTER UPDATE ON "Item"
  REFERENCING OLD TABLE AS "item_old" NEW TABLE AS "item_new"
  FOR EACH STATEMENT EXECUTE FUNCTION "item_tally_move"();

-- The tallies of the rows already there.
INSERT INTO "ProgressTally" ("userId", "sectionId", "roadmapId", "done", "inProgress", "skipped")
SELECT p."userId", i."sectionId", i."roadmapId",
  count(*) FILTER (WHERE p."status" = 'DONE'),
  count(*) FILTER (WHERE p."status" = 'IN_PROGRESS'),
  count(*) FILTER (WHERE p."status" = 'SKIPPED')
FROM "Progress" p JOIN "Item" i ON i."id" = p."itemId"
WHERE p."status" <> 'NOT_STARTED'
GROUP BY 1, 2, 3;
