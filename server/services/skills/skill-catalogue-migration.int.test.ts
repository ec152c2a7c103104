import { readFileSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createUser, sessionViewerOf } from "../../../e2e/support/factories";
import { savedRoadmap } from "../../../e2e/support/own-roadmaps";
import { testDb } from "../../../e2e/support/test-db";

/*
 * The migration skill_catalogue_public_only: the catalogue the skill_sync backfill filled from
 * every claim keeps only what PUBLIC roadmaps claim, titled after the first public claim.
 */

const MIGRATION = readFileSync(
  path.join(import.meta.dirname, "../../../prisma/migrations/20261206041600_skill_catalogue_public_only/migration.sql"),
  "utf8",
);

type Tx = Parameters<Parameters<ReturnType<typeof testDb>["$transaction"]>[0]>[0];

async function runMigration(tx: Tx) {
  const statements = MIGRATION.replace(/^--.*$/gm, "")
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter(Boolean);
  for (const statement of statements) await tx.$executeRawUnsafe(statement);
}

const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}`;

describe("the catalogue after the backfill", () => {
  it("loses private and unlisted claims' names and titles, and keeps the public ones", async () => {
    const viewer = sessionViewerOf(await createUser(testDb()));
    const hidden = unique("hidden");
    const shared = unique("shared");
    const kept = unique("kept");
    const save = (visibility: string, title: string, skills: string[]) =>
      savedRoadmap(viewer, {
        markdown: `# ${title}\n\n## S\n\n${skills.map((skill) => `- [ ] ${title} ${skill} <!-- skill: ${skill} -->`).join("\n")}\n`,
        visibility,
      });
    await save("PRIVATE", "Secret", [hidden, shared]);
    await save("UNLISTED", "Unlisted", [hidden]);
    await save("PUBLIC", "Open", [shared, kept]);
    // As the backfill left it: every claim, titled after a private item.
    await testDb().skill.upsert({
      where: { name: hidden },
      create: { name: hidden, title: `Secret ${hidden}` },
      update: {},
    });
    await testDb().skill.update({ where: { name: shared }, data: { title: `Secret ${shared}` } });

    // In a transaction rolled back at the end: the migration is global, and other tests share the database.
    const rolledBack = new Error("roll back");
    await expect(
      testDb().$transaction(async (tx) => {
        await runMigration(tx);
        const rows = await tx.skill.findMany({
          where: { name: { in: [hidden, shared, kept] } },
          orderBy: { name: "asc" },
        });
        expect(Object.fromEntries(rows.map((row) => [row.name, row.title]))).toEqual({
          [shared]: `Open ${shared}`,
          [kept]: `Open ${kept}`,
        });
        // Run again: nothing moves.
        await runMigration(tx);
        expect(await tx.skill.count({ where: { name: { in: [hidden, shared, kept] } } })).toBe(2);
        throw rolledBack;
      }),
    ).rejects.toBe(rolledBack);
  });
});
