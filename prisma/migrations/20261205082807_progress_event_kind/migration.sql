-- CreateEnum
CREATE TYPE "ProgressEventKind" AS ENUM ('CHANGE', 'RESET');

-- AlterTable
ALTER TABLE "ProgressEvent" ADD COLUMN     "kind" "ProgressEventKind" NOT NULL DEFAULT 'CHANGE';

-- Resets written before this column: "Reset progress" wrote its events in one statement, so they
-- share one clock reading, and only it writes several items back to NOT_STARTED at one instant (a
-- click writes one item; a guest merge and a fork carry each change's own time and never put items
-- back). A reset of a single started item cannot be told from a click and stays a CHANGE.
UPDATE "ProgressEvent" e SET "kind" = 'RESET'
FROM (
  SELECT "userId", "roadmapId", "at" FROM "ProgressEvent"
  WHERE "to" = 'NOT_STARTED'
  GROUP BY 1, 2, 3
  HAVING count(*) > 1
) resets
WHERE e."to" = 'NOT_STARTED' AND e."userId" = resets."userId" AND e."roadmapId" = resets."roadmapId"
  AND e."at" = resets."at";
