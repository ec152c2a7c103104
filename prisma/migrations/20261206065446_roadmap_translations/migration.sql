-- AlterTable
ALTER TABLE "Resource" ADD COLUMN     "language" TEXT;

-- CreateTable
CREATE TABLE "RoadmapTranslation" (
    "id" TEXT NOT NULL,
    "roadmapId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "markdown" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "missingItems" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RoadmapTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RoadmapTranslation_roadmapId_language_key" ON "RoadmapTranslation"("roadmapId", "language");

-- AddForeignKey
ALTER TABLE "RoadmapTranslation" ADD CONSTRAINT "RoadmapTranslation_roadmapId_fkey" FOREIGN KEY ("roadmapId") REFERENCES "Roadmap"("id") ON DELETE CASCADE ON UPDATE CASCADE;
