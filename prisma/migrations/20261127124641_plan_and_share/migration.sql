-- AlterTable
ALTER TABLE "User" ADD COLUMN     "profilePublic" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "profileTimeZone" TEXT NOT NULL DEFAULT 'UTC';

-- CreateTable
CREATE TABLE "RoadmapGoal" (
    "userId" TEXT NOT NULL,
    "roadmapId" TEXT NOT NULL,
    "targetDate" DATE,
    "weeklyGoal" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RoadmapGoal_pkey" PRIMARY KEY ("userId","roadmapId")
);

-- CreateTable
CREATE TABLE "ProfileRoadmap" (
    "userId" TEXT NOT NULL,
    "roadmapId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ProfileRoadmap_pkey" PRIMARY KEY ("userId","roadmapId")
);

-- CreateTable
CREATE TABLE "CalendarFeed" (
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarFeed_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE INDEX "RoadmapGoal_roadmapId_idx" ON "RoadmapGoal"("roadmapId");

-- CreateIndex
CREATE INDEX "ProfileRoadmap_roadmapId_idx" ON "ProfileRoadmap"("roadmapId");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_tokenHash_key" ON "CalendarFeed"("tokenHash");

-- AddForeignKey
ALTER TABLE "RoadmapGoal" ADD CONSTRAINT "RoadmapGoal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoadmapGoal" ADD CONSTRAINT "RoadmapGoal_roadmapId_fkey" FOREIGN KEY ("roadmapId") REFERENCES "Roadmap"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileRoadmap" ADD CONSTRAINT "ProfileRoadmap_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileRoadmap" ADD CONSTRAINT "ProfileRoadmap_roadmapId_fkey" FOREIGN KEY ("roadmapId") REFERENCES "Roadmap"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
