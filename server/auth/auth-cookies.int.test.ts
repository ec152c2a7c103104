import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";

const SAVED = { ...process.env };

afterEach(() => {
  process.env = { ...SAVED };
  vi.resetModules();
});

/** The cookies Auth.js sets on a real request through our configuration. */
async function cookiesFor(authUrl: string) {
  Object.assign(process.env, {
    AUTH_URL: authUrl,
    AUTH_SECRET: "cookie-test-secret-0123456789abcdef0123456789",
    AUTH_GITHUB_ID: "id",
    AUTH_GITHUB_SECRET: "secret",
  });
  vi.resetModules();
  const { handlers } = await import("./auth");
  const response = await handlers.GET(new NextRequest(`${authUrl}/api/auth/csrf`));
  expect(response.status).toBe(200);
  return response.headers.getSetCookie();
}

describe("Auth.js cookies", () => {
  it("are Secure (with the __Host- prefix), HttpOnly and SameSite=Lax on an https site", async () => {
    const [csrf] = await cookiesFor("https://waymark.example.com");
    expect(csrf).toMatch(/^__Host-authjs\.csrf-token=/);
    expect(csrf).toMatch(/; HttpOnly/i);
    expect(csrf).toMatch(/; Secure/i);
    expect(csrf).toMatch(/; SameSite=Lax/i);
  });

  it("stay HttpOnly and SameSite=Lax, without Secure, on plain-http localhost", async () => {
    const [csrf] = await cookiesFor("http://localhost:3000");
    expect(csrf).toMatch(/^authjs\.csrf-token=/);
    expect(csrf).toMatch(/; HttpOnly/i);
    expect(csrf).not.toMatch(/; Secure/i);
    expect(csrf).toMatch(/; SameSite=Lax/i);
  });
});
