import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("needs nothing for a local trial", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env).toMatchObject({
      WAYMARK_AUTO_MIGRATE: true,
      LOG_LEVEL: "info",
      RATE_LIMIT_PER_MINUTE: 600,
      ADMIN_GITHUB_LOGINS: [],
    });
  });

  it("reads lists, flags and numbers", () => {
    const env = parseEnv({
      ADMIN_GITHUB_LOGINS: " Octocat, hubot ,",
      WAYMARK_AUTO_MIGRATE: "no",
      RATE_LIMIT_PER_MINUTE: "30",
    });
    expect(env).toMatchObject({
      ADMIN_GITHUB_LOGINS: ["octocat", "hubot"],
      WAYMARK_AUTO_MIGRATE: false,
      RATE_LIMIT_PER_MINUTE: 30,
    });
  });

  it("names every bad variable in one message", () => {
    const attempt = () =>
      parseEnv({
        DATABASE_URL: "mysql://x",
        REDIS_URL: "http://x",
        AUTH_SECRET: "short",
        LOG_LEVEL: "loud",
        AUTH_URL: "nope",
      });
    expect(attempt).toThrow(EnvError);
    expect(attempt).toThrow(/DATABASE_URL: must be a postgres/);
    expect(attempt).toThrow(/REDIS_URL: must be a redis/);
    expect(attempt).toThrow(/AUTH_SECRET: must be at least 32 characters/);
    expect(attempt).toThrow(/LOG_LEVEL/);
    expect(attempt).toThrow(/AUTH_URL: must be an absolute URL/);
  });

  it("wants both GitHub credentials or neither", () => {
    expect(() => parseEnv({ AUTH_GITHUB_ID: "id" })).toThrow(
      /AUTH_GITHUB_ID and AUTH_GITHUB_SECRET must be set together/,
    );
  });
});
