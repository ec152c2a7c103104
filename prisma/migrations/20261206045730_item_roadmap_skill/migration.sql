-- CreateIndex
CREATE INDEX "Item_roadmapId_skill_idx" ON "Item"("roadmapId", "skill");
