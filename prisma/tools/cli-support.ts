import { existsSync } from "node:fs";
import path from "node:path";

/*
 * Shared plumbing for the small database CLIs in this folder (npm run db:*).
 */

/** Prisma 7 reads no .env itself, and neither does tsx: load it when there is one. */
export function loadDotEnv(): void {
  const file = path.resolve(process.cwd(), ".env");
  if (existsSync(file)) process.loadEnvFile(file);
}

/** The database to migrate; stops with an explanation when it is not configured. */
export function requireDatabaseUrl(command: string): string {
  const url = process.env.DATABASE_URL?.trim();
  if (!url) {
    throw new Error(
      `DATABASE_URL is not set. ${command} needs a PostgreSQL URL, e.g. ` +
        "DATABASE_URL=postgresql://postgres@127.0.0.1:5432/waymark (in the environment or in .env).",
    );
  }
  return url;
}

/**
 * Runs a CLI's main function; on failure prints one line to stderr and exits 1.
 * Exits explicitly on success too, so no stray handle can keep the process alive.
 */
export async function runCli(command: string, main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`${command} failed: ${message.replace(/\s*\n\s*/g, " ").trim()}`);
    process.exit(1);
  }
  process.exit(0);
}

/** Milliseconds since `started`, for "done in …" lines. */
export function elapsed(started: number): string {
  return `${Date.now() - started} ms`;
}
