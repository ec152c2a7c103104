import { execFileSync, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createPrismaClient } from "../../server/db/client";
import { createThrowawayDatabase } from "../support/throwaway-database";

/*
 * The production image, proven without Docker (these machines have no Docker
 * engine): build the way the Dockerfile's build stage does, replay the runner
 * stage's COPY lines into an empty folder, check that every package in it is a
 * production dependency, then start `node server.js` there, as the image's CMD
 * does, against a fresh PostgreSQL database and on the embedded default.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");

// Traced because something tries to load them, but loaded inside try/catch: the
// server runs the same without them (a production-only install lacks them).
const OPTIONAL_LOADS: Record<string, string> = {
  "supports-color": "debug colours its output with it when present",
  "has-flag": "supports-color's own dependency",
};
/*
 * `npm test` builds once, the standalone way, for every suite and says so
 * (e2e/support/run-all-tests.ts): the image is made from that build. Run alone,
 * this spec builds its own beside the normal one.
 */
const SHARED_BUILD =
  process.env.WAYMARK_STANDALONE_BUILT === "1" && fs.existsSync(path.join(ROOT, ".next/standalone/server.js"));
const DIST = SHARED_BUILD ? ".next" : ".next-image";

function runnerCopies(): { from: string; to: string }[] {
  const lines = fs.readFileSync(path.join(ROOT, "Dockerfile"), "utf8").split("\n");
  const runner = lines.findIndex((line) => /^FROM .* AS runner$/i.test(line));
  expect(runner, "the Dockerfile has a runner stage").toBeGreaterThan(-1);
  return lines.slice(runner).flatMap((line) => {
    const copy = /^COPY --from=build (?:--chown=\S+ )?\/app\/(\S+) (\S+)$/.exec(line.trim());
    return copy ? [{ from: copy[1]!, to: copy[2]! }] : [];
  });
}

/** Names of every package `npm install --omit=dev` would install. */
function productionPackages(): Set<string> {
  const output = spawnSync("npm", ["ls", "--omit=dev", "--all", "--parseable"], { cwd: ROOT, encoding: "utf8" }).stdout;
  return new Set(
    output
      .split("\n")
      .filter((line) => line.includes("node_modules"))
      .map((line) => /node_modules\/((?:@[^/]+\/)?[^/]+)$/.exec(line)?.[1])
      .filter((name): name is string => Boolean(name)),
  );
}

function packagesIn(nodeModules: string): string[] {
  return fs.readdirSync(nodeModules).flatMap((entry) => {
    if (entry.startsWith(".")) return [];
    if (!entry.startsWith("@")) return [entry];
    return fs.readdirSync(path.join(nodeModules, entry)).map((name) => `${entry}/${name}`);
  });
}

function sizeOf(dir: string): number {
  return Number(execFileSync("du", ["-sb", dir], { encoding: "utf8" }).split("\t")[0]);
}

async function startImage(dir: string, env: Record<string, string | undefined>, port: number) {
  const started = Date.now();
  const child = spawn(process.execPath, ["server.js"], {
    cwd: dir,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout!.on("data", (chunk: Buffer) => (log += chunk));
  child.stderr!.on("data", (chunk: Buffer) => (log += chunk));
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries += 1) {
    if (child.exitCode !== null) throw new Error(`server.js exited with ${child.exitCode}:\n${log}`);
    const ready = await fetch(`${url}/api/health/ready`).catch(() => null);
    if (ready?.ok) break;
    if (tries > 600) throw new Error(`server.js was not ready after a minute:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const stop = async () => {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
  };
  return { url, startMs: Date.now() - started, stop, log: () => log };
}

const QUERY = `{ roadmap(slug: "backend") { title itemCount sections { title } } }`;

test("the image's file set starts, applies migrations and the seed, and answers GraphQL", async () => {
  test.setTimeout(600_000);
  if (!SHARED_BUILD) {
    const build = spawnSync("npx", ["next", "build"], {
      cwd: ROOT,
      env: { ...process.env, WAYMARK_STANDALONE: "1", WAYMARK_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1" },
      encoding: "utf8",
    });
    expect(build.status, build.stdout + build.stderr).toBe(0);
  }

  const image = fs.mkdtempSync(path.join(os.tmpdir(), "waymark-image-"));
  const database = await createThrowawayDatabase("image");
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "waymark-image-data-"));
  try {
    // The Dockerfile copies from .next; this build went to .next-image.
    for (const { from, to } of runnerCopies()) {
      const source = path.join(ROOT, from.replace(/^\.next(?=\/|$)/, DIST));
      const target = path.join(image, to.replace(/^\.\/?/, "").replace(/^\.next(?=\/|$)/, DIST));
      fs.cpSync(source, to === "./" ? image : target, { recursive: true });
    }
    expect(fs.existsSync(path.join(image, "server.js"))).toBe(true);

    const production = productionPackages();
    const traced = packagesIn(path.join(image, "node_modules"));
    expect(
      traced.filter((name) => !production.has(name) && !(name in OPTIONAL_LOADS)),
      "packages the server loads that are not production dependencies",
    ).toEqual([]);

    const onPostgres = await startImage(image, { DATABASE_URL: database.url, AUTH_SECRET: undefined }, 3460);
    try {
      const answer = await (
        await fetch(`${onPostgres.url}/api/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: QUERY }),
        })
      ).json();
      expect(answer).toMatchObject({ data: { roadmap: { title: "Backend Development Roadmap", itemCount: 44 } } });
      const client = createPrismaClient(database.url, 1);
      const applied = await client.$queryRaw<{ count: bigint }[]>`
        SELECT count(*) AS count FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL`;
      await client.$disconnect();
      const folders = fs.readdirSync(path.join(image, "prisma/migrations"), { withFileTypes: true });
      expect(Number(applied[0]!.count)).toBe(folders.filter((entry) => entry.isDirectory()).length);
      expect((await fetch(`${onPostgres.url}/api/health/live`)).status).toBe(200);
      console.log(
        `image check: standalone folder ${(sizeOf(path.join(ROOT, DIST, "standalone")) / 1e6).toFixed(1)} MB, ` +
          `whole file set ${(sizeOf(image) / 1e6).toFixed(1)} MB, ${traced.length} packages (all production); ` +
          `ready on PostgreSQL in ${onPostgres.startMs} ms (migrations and seed applied); query ${QUERY} -> ` +
          JSON.stringify(answer).slice(0, 120),
      );
    } finally {
      await onPostgres.stop();
    }

    const embedded = await startImage(image, { WAYMARK_DATA_DIR: dataDir }, 3461);
    try {
      const answer = await (
        await fetch(`${embedded.url}/api/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: QUERY }),
        })
      ).json();
      expect(answer).toMatchObject({ data: { roadmap: { itemCount: 44 } } });
      console.log(`image check: ready on the embedded database in ${embedded.startMs} ms`);
    } finally {
      await embedded.stop();
    }
  } finally {
    await database.drop();
    fs.rmSync(image, { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
