-- The skill catalogue ("Skill") is listed and searched by anyone (Query.skills, Query.skill, /skills,
-- the editor's suggestions), so it holds only the skills PUBLIC roadmaps claim, each titled after
-- its first public claim (server/services/skills/record-skills.ts). The skill_sync migration's
-- backfill took every claim, private and unlisted roadmaps' and retired items' included: a name
-- only those claim leaves the catalogue, and a skill titled after such a claim takes the title of
-- its first public one (built-in roadmaps first, then the oldest). A data fix only.

UPDATE "Skill" k SET "title" = first_public."title"
FROM (
  SELECT DISTINCT ON (i."skill") i."skill", i."title"
  FROM "Item" i
  JOIN "Section" s ON s."id" = i."sectionId"
  JOIN "Roadmap" r ON r."id" = i."roadmapId"
  WHERE i."skill" IS NOT NULL AND r."visibility" = 'PUBLIC' AND i."retiredAt" IS NULL AND s."retiredAt" IS NULL
  ORDER BY i."skill", (r."ownerId" IS NOT NULL), r."createdAt", r."id", s."position", i."position", i."id"
) first_public
WHERE k."name" = first_public."skill"
  AND k."title" <> first_public."title"
  AND NOT EXISTS (
    SELECT 1 FROM "Item" i JOIN "Roadmap" r ON r."id" = i."roadmapId"
    WHERE i."skill" = k."name" AND i."title" = k."title" AND r."visibility" = 'PUBLIC'
  );

DELETE FROM "Skill" k
WHERE NOT EXISTS (
  SELECT 1 FROM "Item" i
  JOIN "Section" s ON s."id" = i."sectionId"
  JOIN "Roadmap" r ON r."id" = i."roadmapId"
  WHERE i."skill" = k."name" AND r."visibility" = 'PUBLIC' AND i."retiredAt" IS NULL AND s."retiredAt" IS NULL
);
