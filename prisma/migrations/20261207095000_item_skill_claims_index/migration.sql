-- A roadmap's items that claim a skill (a signed-in read's skill branches, the sync's claims) are
-- found by Item(roadmapId, skill). Where the statistics did not know the roadmap yet, PostgreSQL
-- guessed it a few items long and read it by Item(roadmapId, key) instead, filtering out every
-- item that claims none: on each signed-in read of a 2,000-item roadmap without skills, 2,000
-- index entries and 2.3 ms, and 1 ms more for the branch of notes on the same skills, which
-- walked this index's 2,000 entries of items claiming none. Partial, it holds only the claims.
-- (schema.prisma declares @@index([roadmapId, skill]); Prisma does not describe the predicate.)
DROP INDEX "Item_roadmapId_skill_idx";

CREATE INDEX "Item_roadmapId_skill_idx" ON "Item"("roadmapId", "skill") WHERE "skill" IS NOT NULL;
