-- AlterTable
ALTER TABLE "Item" ADD COLUMN     "skill" TEXT;

-- CreateIndex
CREATE INDEX "Item_skill_idx" ON "Item"("skill");
