import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { lockDataDir } from "../../server/db/data-dir-lock";
import { createUser } from "../../e2e/support/factories";
import { testDb } from "../../e2e/support/test-db";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");

/** `npm run roadmap:import -- ...args` in a process of its own; its exit code and output. */
async function roadmapImport(args: string[], env: Record<string, string | undefined>) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [
        path.join(ROOT, "node_modules/tsx/dist/cli.mjs"),
        "--conditions=react-server",
        "prisma/tools/roadmap-import.ts",
        ...args,
      ],
      { cwd: ROOT, env: { ...process.env, LOG_LEVEL: "error", ...env }, timeout: 60_000 },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

function file(markdown: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "waymark-import-"));
  folders.push(folder);
  const target = path.join(folder, "roadmap.md");
  fs.writeFileSync(target, markdown);
  return target;
}

const V1 = "# Operators' roadmap\n\n## One\n\n- [ ] First <!-- key: first -->\n- [ ] Second\n";
const V2 = "# Operators' roadmap\n\n## One\n\n- [ ] First, renamed <!-- key: first -->\n- [ ] Third\n";

describe("npm run roadmap:import", () => {
  it("imports a built-in roadmap on DATABASE_URL, previews a new version with --dry-run, then saves it", async () => {
    const env = { DATABASE_URL: process.env.DATABASE_URL };
    const slug = `ops-${Date.now()}`;
    expect(await roadmapImport([file(V1), "--slug", slug], env)).toMatchObject({
      code: 0,
      output: expect.stringContaining(`Created /roadmaps/${slug}: 2 added, 0 moved, 0 renamed, 0 retired`),
    });
    const preview = await roadmapImport([file(V2), "--slug", slug, "--dry-run"], env);
    expect(preview.output).toContain(`Would save /roadmaps/${slug}: 1 added, 0 moved, 1 renamed, 1 retired`);
    expect(
      await testDb().roadmap.findUniqueOrThrow({ where: { slug }, select: { visibility: true, markdown: true } }),
    ).toEqual({
      visibility: "PUBLIC",
      markdown: V1,
    });
    expect((await roadmapImport([file(V2), "--slug", slug], env)).output).toContain(`Saved /roadmaps/${slug}: 1 added`);
  });

  it("imports a learner's own roadmap with --owner, and lists a file's problems with their lines", async () => {
    const env = { DATABASE_URL: process.env.DATABASE_URL };
    const owner = await createUser(testDb());
    const result = await roadmapImport([file(V1), "--owner", owner.login!.toUpperCase(), "--slug", "ops"], env);
    expect(result.output).toContain(`Created /roadmaps/${owner.login}/ops: 2 added`);
    expect(
      await testDb().roadmap.findUniqueOrThrow({
        where: { slug: `${owner.login}/ops` },
        select: { ownerId: true, visibility: true },
      }),
    ).toEqual({
      ownerId: owner.id,
      visibility: "PRIVATE",
    });
    const broken = await roadmapImport([file("# Broken\n\n## S\n\n-[ ] glued\n")], env);
    expect(broken.code).toBe(1);
    expect(broken.output).toContain('has problems; nothing was imported:\n  line 3: section "S" has no');
    expect(broken.output).toContain("\n  line 5: write a space between the list marker");
    expect((await roadmapImport([file(V1), "--owner", "nobody-has-this-login"], env)).output).toContain(
      "A learner with the login nobody-has-this-login was not found.",
    );
  });

  it("imports into the embedded database when no server holds its folder, and says so clearly when one does", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "waymark-import-embedded-"));
    const env = { DATABASE_URL: undefined, WAYMARK_DATA_DIR: folder };
    try {
      expect((await roadmapImport([file(V1), "--slug", "ops"], env)).output).toContain(
        "Created /roadmaps/ops: 2 added",
      );
      const release = lockDataDir(folder);
      try {
        const held = await roadmapImport([file(V2), "--slug", "ops"], env);
        expect(held.code).toBe(1);
        expect(held.output).toContain("is already in use by Waymark process");
        expect(held.output).toContain("stop it and run this command again, or import through the API");
      } finally {
        release();
      }
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
