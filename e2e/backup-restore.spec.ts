import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "./fixtures";
import { postGraphql } from "./support/graphql-over-http";
import { startWaymark } from "./support/waymark-under-test";

/*
 * Backups of the embedded default: a snapshot taken while the server runs and
 * learners write, data added after it, then a restore into the stopped folder:
 * the snapshot's state comes back, and what came later is gone.
 */

const ROOT = path.resolve(import.meta.dirname, "..");
const SET_STATUS = `mutation Set($itemId: ID!) { setItemStatus(input: { itemId: $itemId, status: DONE }) { status } }`;

/*
 * Not spawnSync: blocking this process for the whole backup left the writes'
 * answers and the server's closing of idle keep-alive connections unread, and
 * the next request could go out on a connection the server had already closed
 * ("other side closed").
 */
function npmRun(script: string, args: string[], dataDir: string): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", script, "--", ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: "", WAYMARK_DATA_DIR: dataDir },
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", reject);
    child.once("close", (code) => resolve({ ok: code === 0, output }));
  });
}

test("db:backup snapshots the running embedded database; db:restore brings that state back", async () => {
  test.setTimeout(240_000);
  const waymark = await startWaymark("embedded", { port: 3198 });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "waymark-backup-")), "snapshot.tar.gz");
  try {
    const cookie = await waymark.signIn(`backup-${Date.now().toString(36)}`);
    const roadmap = await postGraphql<{ roadmap: { sections: { items: { id: string }[] }[] } }>(
      waymark.url,
      `{ roadmap(slug: "backend") { sections { items { id } } } }`,
    );
    const [before, after] = roadmap.data!.roadmap.sections[0]!.items.map((item) => item.id);
    const doneIds = async () => {
      const answer = await postGraphql<{ roadmap: { items: { id: string; status: string }[] } }>(
        waymark.url,
        `{ roadmap(slug: "backend") { items { id status } } }`,
        {},
        { cookie },
      );
      return answer.data!.roadmap.items.filter((item) => item.status === "DONE").map((item) => item.id);
    };

    await postGraphql(waymark.url, SET_STATUS, { itemId: before }, { cookie });
    // Writes go on while the snapshot is taken; it must still be a consistent one.
    const writing = Promise.all(
      roadmap
        .data!.roadmap.sections.slice(1, 4)
        .flatMap((section) =>
          section.items.map((item) => postGraphql(waymark.url, SET_STATUS, { itemId: item.id }, { cookie })),
        ),
    );
    const backup = await npmRun("db:backup", [file], waymark.dataDir!);
    await writing;
    expect(backup.output).toContain("from the running server");
    expect(backup.ok, backup.output).toBe(true);
    await postGraphql(waymark.url, SET_STATUS, { itemId: after }, { cookie });
    expect(await doneIds()).toEqual(expect.arrayContaining([before, after]));

    // A restore needs the server stopped: the folder's lock says so.
    const refused = await npmRun("db:restore", [file], waymark.dataDir!);
    expect(refused.ok).toBe(false);
    expect(refused.output).toContain("is already in use by Waymark process");

    const restore = await waymark.whileStopped(() => npmRun("db:restore", [file], waymark.dataDir!));
    expect(restore.ok, restore.output).toBe(true);
    const done = await doneIds();
    expect(done).toContain(before);
    expect(done).not.toContain(after);
    // The session made before the snapshot still signs the learner in: it is in the snapshot too.
    const me = await postGraphql<{ viewer: { login: string } | null }>(
      waymark.url,
      `{ viewer { login } }`,
      {},
      { cookie },
    );
    expect(me.data?.viewer).not.toBeNull();
  } finally {
    await waymark.stop();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
});

test("db:backup says what to use instead when the app runs on PostgreSQL", () => {
  const result = spawnSync("npm", ["run", "--silent", "db:backup"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/postgres" },
    encoding: "utf8",
  });
  expect(result.status).not.toBe(0);
  expect(`${result.stdout}${result.stderr}`).toContain("pg_dump");
});
