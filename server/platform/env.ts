import "server-only";

import path from "node:path";
import { z } from "zod";

const optionalString = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === "" ? undefined : value));

const postgresUrl = optionalString.refine(
  (value) => value === undefined || /^postgres(ql)?:\/\//.test(value),
  "must be a postgres:// or postgresql:// URL",
);

const redisUrl = optionalString.refine(
  (value) => value === undefined || /^rediss?:\/\//.test(value),
  "must be a redis:// or rediss:// URL",
);

const httpUrl = optionalString.refine(
  (value) => value === undefined || URL.canParse(value),
  "must be an absolute URL such as https://waymark.example.com",
);

const booleanFlag = (fallback: boolean) =>
  optionalString.transform((value, ctx) => {
    if (value === undefined) return fallback;
    if (/^(1|true|yes|on)$/i.test(value)) return true;
    if (/^(0|false|no|off)$/i.test(value)) return false;
    ctx.addIssue({ code: "custom", message: "must be true or false" });
    return z.NEVER;
  });

const milliseconds = (fallback: number) => z.coerce.number().int().min(100).max(600_000).default(fallback);

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: postgresUrl,
  WAYMARK_DATA_DIR: optionalString,
  WAYMARK_AUTO_MIGRATE: booleanFlag(true),
  REDIS_URL: redisUrl,
  AUTH_SECRET: optionalString.refine(
    (value) => value === undefined || value.length >= 32,
    "must be at least 32 characters (generate one with `openssl rand -base64 32`)",
  ),
  AUTH_URL: httpUrl,
  AUTH_GITHUB_ID: optionalString,
  AUTH_GITHUB_SECRET: optionalString,
  ADMIN_GITHUB_LOGINS: optionalString.transform((value) =>
    (value ?? "")
      .split(",")
      .map((login) => login.trim().toLowerCase())
      .filter(Boolean),
  ),
  WAYMARK_GITHUB_STAND_IN_URL: httpUrl,
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  ROADMAP_SAVES_PER_MINUTE: z.coerce.number().int().positive().default(30),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATABASE_CONNECT_TIMEOUT_MS: milliseconds(5_000),
  DATABASE_STATEMENT_TIMEOUT_MS: milliseconds(5_000),
  DATABASE_TRANSACTION_TIMEOUT_MS: milliseconds(15_000),
  SHUTDOWN_TIMEOUT_MS: milliseconds(10_000),
  METRICS_TOKEN: optionalString.refine(
    (value) => value === undefined || value.length >= 16,
    "must be at least 16 characters (generate one with `openssl rand -hex 24`)",
  ),
  TRUST_PROXY: booleanFlag(false),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  override name = "EnvError";
}

/** Parses an environment; every bad variable is named in one message. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  const env = result.data;
  if (Boolean(env.AUTH_GITHUB_ID) !== Boolean(env.AUTH_GITHUB_SECRET)) {
    throw new EnvError(
      "Invalid environment configuration:\n  AUTH_GITHUB_ID and AUTH_GITHUB_SECRET must be set together",
    );
  }
  return env;
}

let cached: Env | undefined;

/** The process environment, validated once. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Where the embedded database keeps its files (git-ignored by default). */
export function dataDir(): string {
  return path.resolve(env().WAYMARK_DATA_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), ".waymark-data"));
}

/** True when no DATABASE_URL was given, so Waymark runs its own embedded PostgreSQL. */
export function usesEmbeddedDatabase(): boolean {
  return env().DATABASE_URL === undefined;
}
