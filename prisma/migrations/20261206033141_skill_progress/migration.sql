-- AlterEnum
ALTER TYPE "ProgressEventKind" ADD VALUE 'SKILL';

-- DropIndex
DROP INDEX "Item_skill_idx";

-- AlterTable
ALTER TABLE "Roadmap" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "locale" TEXT;

-- CreateTable
CREATE TABLE "Skill" (
    "name" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Skill_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "SkillProgress" (
    "userId" TEXT NOT NULL,
    "skill" TEXT NOT NULL,
    "status" "ItemStatus" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "since" TIMESTAMP(3),
    "itemId" TEXT,

    CONSTRAINT "SkillProgress_pkey" PRIMARY KEY ("userId","skill")
);

-- CreateIndex
CREATE INDEX "Skill_title_idx" ON "Skill" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "SkillProgress_skill_idx" ON "SkillProgress"("skill");

-- CreateIndex
CREATE INDEX "SkillProgress_itemId_idx" ON "SkillProgress"("itemId");

-- CreateIndex
CREATE INDEX "Item_skill_roadmapId_idx" ON "Item"("skill", "roadmapId");

-- AddForeignKey
ALTER TABLE "SkillProgress" ADD CONSTRAINT "SkillProgress_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillProgress" ADD CONSTRAINT "SkillProgress_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE SET NULL ON UPDATE CASCADE;
