-- AlterTable
ALTER TABLE "Roadmap" ADD COLUMN     "forkedAt" TIMESTAMP(3);

-- Forks made before the column: dated by their creation. (Forks whose original was
-- already deleted lost their link then, and cannot be told from other roadmaps.)
UPDATE "Roadmap" SET "forkedAt" = "createdAt" WHERE "forkedFromId" IS NOT NULL;
