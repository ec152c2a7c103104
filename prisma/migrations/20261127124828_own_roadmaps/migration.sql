-- CreateEnum
CREATE TYPE "RoadmapVisibility" AS ENUM ('PRIVATE', 'UNLISTED', 'PUBLIC');

-- AlterEnum
ALTER TYPE "TokenScope" ADD VALUE 'WRITE_ROADMAPS';

-- AlterTable
ALTER TABLE "Roadmap" ADD COLUMN     "forkedFromId" TEXT,
ADD COLUMN     "markdown" TEXT,
ADD COLUMN     "ownerId" TEXT,
ADD COLUMN     "visibility" "RoadmapVisibility" NOT NULL DEFAULT 'PUBLIC';

-- Every roadmap so far is a built-in one, seen by everyone: PUBLIC above. New rows
-- default to PRIVATE (the safe side); the seed and importRoadmap say PUBLIC.
ALTER TABLE "Roadmap" ALTER COLUMN "visibility" SET DEFAULT 'PRIVATE';

-- CreateIndex
CREATE INDEX "Roadmap_ownerId_createdAt_idx" ON "Roadmap"("ownerId", "createdAt");

-- CreateIndex
CREATE INDEX "Roadmap_visibility_createdAt_idx" ON "Roadmap"("visibility", "createdAt");

-- AddForeignKey
ALTER TABLE "Roadmap" ADD CONSTRAINT "Roadmap_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Roadmap" ADD CONSTRAINT "Roadmap_forkedFromId_fkey" FOREIGN KEY ("forkedFromId") REFERENCES "Roadmap"("id") ON DELETE SET NULL ON UPDATE CASCADE;
