-- A save that makes items claim skills syncs the roadmap's learners (services/skills/
-- sync-skills.ts, syncFollowersOfSkills). It found them by their tallies (ProgressTally), but
-- a learner whose rows on the roadmap are all NOT_STARTED (a guest merge of untouched items,
-- a reset) has no tally there, yet follows the roadmap for skill_sync: the item kept a status
-- other than the skill's. The learners are now found by their progress rows, with this index
-- (one probe per learner), which still leads with the foreign key for deletions.
DROP INDEX "Progress_roadmapId_idx";

CREATE INDEX "Progress_roadmapId_userId_idx" ON "Progress"("roadmapId", "userId");

-- Learners the old scan missed hold rows on live items that differ from their skill's status:
-- skill_sync brings each such learner's skills in line (the most recent change wins, as ever).
SELECT "skill_sync"(x."userId", x."skills")
FROM (
  SELECT p."userId", array_agg(DISTINCT i."skill" ORDER BY i."skill") AS "skills"
  FROM "SkillProgress" sp
  JOIN "Item" i ON i."skill" = sp."skill" AND i."retiredAt" IS NULL
  JOIN "Progress" p ON p."userId" = sp."userId" AND p."itemId" = i."id"
  WHERE p."status" <> sp."status"
  GROUP BY p."userId"
) x
ORDER BY x."userId";
