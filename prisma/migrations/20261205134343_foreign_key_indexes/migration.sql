-- CreateIndex
CREATE INDEX "Progress_roadmapId_idx" ON "Progress"("roadmapId");

-- CreateIndex
CREATE INDEX "ProgressEvent_roadmapId_idx" ON "ProgressEvent"("roadmapId");

-- CreateIndex
CREATE INDEX "Roadmap_forkedFromId_idx" ON "Roadmap"("forkedFromId");
