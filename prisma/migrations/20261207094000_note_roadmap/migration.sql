-- A signed-in read of a roadmap reads the viewer's notes on it (services/progress/
-- load-item-states.ts). Found through their items, PostgreSQL chose its side by its statistics:
-- a roadmap they did not know yet (created since the last analysis, or too rare to sample on a
-- large site) was guessed at a few items, and each of a 2,000-item roadmap's items probed the
-- viewer's notes: 12 ms of the database's time on every read. Each note now carries its item's
-- roadmap, so the viewer's notes on a roadmap are one range of an index whatever its size.
--
-- The trigger sets it from the item on every insert (and should a note ever change items), so no
-- writer can get it wrong; the default only lets writers leave it out. Items never change roadmap.
ALTER TABLE "Note" ADD COLUMN "roadmapId" TEXT NOT NULL DEFAULT '';

UPDATE "Note" n SET "roadmapId" = i."roadmapId" FROM "Item" i WHERE i."id" = n."itemId";

CREATE FUNCTION "note_roadmap"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- An item that does not exist leaves '' for the foreign key on itemId to refuse, as before.
  NEW."roadmapId" := COALESCE((SELECT i."roadmapId" FROM "Item" i WHERE i."id" = NEW."itemId"), '');
  RETURN NEW;
END $$;

CREATE TRIGGER "note_roadmap" BEFORE INSERT OR UPDATE OF "itemId" ON "Note"
  FOR EACH ROW EXECUTE FUNCTION "note_roadmap"();

CREATE INDEX "Note_userId_roadmapId_idx" ON "Note"("userId", "roadmapId");
