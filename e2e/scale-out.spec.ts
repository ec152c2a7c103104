import { randomBytes } from "node:crypto";
import { expect, test } from "./fixtures";
import { createApiToken } from "./support/api-tokens";
import { createSession, createUser } from "./support/factories";
import { startNextServer, type RunningServer } from "./support/next-server";

// Two instances behind an imaginary load balancer: one PostgreSQL, one Redis.
test.describe.configure({ mode: "serial" });

const PORTS = [3160, 3161];
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const RATE_LIMIT = 8;
let servers: RunningServer[] = [];

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // Runs never collide in Redis: limits are keyed by (fresh) user ids, cache entries by roadmap ids.
  servers = await Promise.all(
    PORTS.map((port) =>
      startNextServer({
        port,
        env: {
          DATABASE_URL: process.env.E2E_DATABASE_URL,
          REDIS_URL,
          AUTH_URL: `http://localhost:${port}`,
          AUTH_SECRET: "e2e-only-secret-that-is-long-enough-0123456789",
          RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
          LOG_LEVEL: "warn",
        },
        timeoutMs: 120_000,
      }),
    ),
  );
});

test.afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
});

async function ask(server: RunningServer, credentials: string | { cookie: string } | null, query: string) {
  const auth: Record<string, string> =
    credentials === null
      ? {}
      : typeof credentials === "string"
        ? { authorization: `Bearer ${credentials}` }
        : credentials;
  return fetch(`${server.url}/api/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...auth },
    body: JSON.stringify({ query }),
  });
}

test("rate limits are shared: requests spread over both instances spend one budget", async ({ db }) => {
  const { token } = await createApiToken(db, ["READ_PROGRESS"]);
  const statuses: number[] = [];
  for (let request = 0; request < RATE_LIMIT + 2; request += 1) {
    const response = await ask(servers[request % 2]!, token, "{ viewer { login } }");
    statuses.push(response.status);
    if (response.status === 429) expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
  }
  expect(statuses.slice(0, RATE_LIMIT)).toEqual(Array(RATE_LIMIT).fill(200));
  expect(statuses.slice(RATE_LIMIT)).toEqual([429, 429]);
});

test("the content cache is shared: an import on one instance is served by the other at once", async ({ db }) => {
  // Administration needs a browser session (tokens never carry admin powers).
  const admin = await createUser(db, { role: "ADMIN" });
  const adminCookie = `authjs.session-token=${await createSession(db, admin.id)}`;
  const reader = await createApiToken(db, ["READ_PROGRESS"]);
  const slug = `shared-${randomBytes(3).toString("hex")}`;
  const importAs = (title: string) =>
    ask(
      servers[0]!,
      { cookie: adminCookie },
      `mutation { importRoadmap(input: { slug: "${slug}", markdown: "# ${title}\\n\\n## Basics\\n\\n- [ ] One\\n" }) { created } }`,
    );
  const titleOn = async (server: RunningServer, credentials: string | null = reader.token) =>
    (
      (await (await ask(server, credentials, `{ roadmap(slug: "${slug}") { title items { status } } }`)).json()) as {
        data: { roadmap: { title: string } };
      }
    ).data.roadmap.title;

  expect((await importAs("First title")).status).toBe(200);
  expect(await titleOn(servers[1]!)).toBe("First title"); // now cached by instance 2
  // Signed out, each answer is cached whole, in Redis; signed in, each instance keeps the
  // reader's answer as a template: asked twice, on both instances.
  for (const server of [...servers, ...servers]) {
    expect(await titleOn(server, null)).toBe("First title");
    expect(await titleOn(server)).toBe("First title");
  }
  expect((await importAs("Second title")).status).toBe(200);
  expect(await titleOn(servers[1]!)).toBe("Second title");
  // The import changed the content's epoch: no instance answers from an old answer or template.
  for (const server of servers) {
    expect(await titleOn(server, null)).toBe("Second title");
    expect(await titleOn(server)).toBe("Second title");
  }
});
