import { afterEach, describe, expect, it, vi } from "vitest";

const SAVED = { ...process.env };

afterEach(() => {
  process.env = { ...SAVED };
  vi.resetModules();
});

async function overrideWith(env: Record<string, string>) {
  Object.assign(process.env, env);
  vi.resetModules();
  const { githubEnterpriseOverride } = await import("./github-endpoints");
  return githubEnterpriseOverride;
}

describe("the GitHub stand-in override", () => {
  it("is off unless asked for", async () => {
    delete process.env.WAYMARK_GITHUB_STAND_IN_URL;
    expect((await overrideWith({}))()).toBeUndefined();
  });

  it("is accepted for a loopback stand-in and a loopback site (tests)", async () => {
    const override = await overrideWith({
      WAYMARK_GITHUB_STAND_IN_URL: "http://127.0.0.1:4000/",
      AUTH_URL: "http://localhost:3100",
    });
    expect(override()).toEqual({ baseUrl: "http://127.0.0.1:4000" });
  });

  it.each([
    [
      "a public site",
      { WAYMARK_GITHUB_STAND_IN_URL: "http://127.0.0.1:4000", AUTH_URL: "https://waymark.example.com" },
    ],
    ["an unknown site", { WAYMARK_GITHUB_STAND_IN_URL: "http://127.0.0.1:4000" }],
    [
      "a remote stand-in",
      { WAYMARK_GITHUB_STAND_IN_URL: "https://github.example.com", AUTH_URL: "http://localhost:3000" },
    ],
  ])("is refused for %s, so it cannot reach production by accident", async (_case, env) => {
    delete process.env.AUTH_URL;
    const override = await overrideWith(env);
    expect(override).toThrow(/WAYMARK_GITHUB_STAND_IN_URL is for tests only/);
  });
});
