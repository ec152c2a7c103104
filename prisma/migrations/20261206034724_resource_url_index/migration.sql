-- CreateIndex
CREATE INDEX "Resource_url_idx" ON "Resource" USING HASH ("url");
