import { env } from "../env";

const GLOBAL_KEY = Symbol.for("waymark.databaseUrl");
type GlobalWithUrl = typeof globalThis & { [GLOBAL_KEY]?: string };

/** Records the embedded server's URL once it listens (see prepare-database.ts). */
export function setEmbeddedDatabaseUrl(url: string): void {
  (globalThis as GlobalWithUrl)[GLOBAL_KEY] = url;
}

/** The PostgreSQL this process talks to: DATABASE_URL, else the embedded one. */
export function databaseUrl(): string {
  const url = env().DATABASE_URL ?? (globalThis as GlobalWithUrl)[GLOBAL_KEY];
  if (!url) {
    throw new Error(
      "No database: DATABASE_URL is unset and the embedded PostgreSQL has not been started " +
        "(it starts with the Next.js server; scripts must set DATABASE_URL).",
    );
  }
  return url;
}
