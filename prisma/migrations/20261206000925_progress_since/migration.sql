-- AlterTable
ALTER TABLE "Progress" ADD COLUMN     "since" TIMESTAMP(3);

-- Backfill from the history, as shared/plan/item-facts.ts defines it: the first
-- event after the item's last change to NOT_STARTED. A row without events (none
-- should exist) takes its own time, which is what a null means.
WITH numbered AS (
  SELECT e."userId", e."itemId", e."to", e."at",
    row_number() OVER (PARTITION BY e."userId", e."itemId" ORDER BY e."at", e."id") AS n
  FROM "ProgressEvent" e
),
resets AS (
  SELECT "userId", "itemId", coalesce(max(n) FILTER (WHERE "to" = 'NOT_STARTED'), 0) AS "lastReset"
  FROM numbered GROUP BY 1, 2
),
taken AS (
  SELECT ev."userId", ev."itemId", min(ev."at") AS "since"
  FROM numbered ev JOIN resets r ON r."userId" = ev."userId" AND r."itemId" = ev."itemId"
  WHERE ev.n > r."lastReset"
  GROUP BY 1, 2
)
UPDATE "Progress" p SET "since" = t."since"
FROM taken t
WHERE p."userId" = t."userId" AND p."itemId" = t."itemId" AND p."status" <> 'NOT_STARTED'
  AND t."since" <> p."updatedAt";
