import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * A PostgreSQL database that exists for one test run: created empty on the
 * machine's server (TEST_POSTGRES_URL, default 127.0.0.1:5432 with trust auth)
 * and dropped afterwards, whatever the tests left in it.
 */
export interface ThrowawayDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

export function testServerUrl(): string {
  return process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
}

/** A name no other run uses: the label, the time and a random suffix. */
export function throwawayDatabaseUrl(label: string): string {
  const url = new URL(testServerUrl());
  url.pathname = `/waymark_${label}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  return url.toString();
}

/** Creates the database named by `url` (or a new throwaway one for a label) on the test server. */
export async function createThrowawayDatabase(labelOrUrl: string): Promise<ThrowawayDatabase> {
  const url = labelOrUrl.includes("://") ? labelOrUrl : throwawayDatabaseUrl(labelOrUrl);
  const name = new URL(url).pathname.slice(1);
  if (!/^waymark_[a-z0-9_]+$/.test(name)) throw new Error(`refusing to manage a database not named waymark_*: ${name}`);
  const admin = testServerUrl();
  await withAdmin(admin, (client) => client.query(`CREATE DATABASE "${name}"`));
  return {
    url,
    name,
    drop: async () => {
      await withAdmin(admin, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

async function withAdmin<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
