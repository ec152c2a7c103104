-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateIndex
CREATE INDEX "Roadmap_title_idx" ON "Roadmap" USING GIN ("title" gin_trgm_ops);
