import os from "node:os";
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { expect, test } from "./fixtures";
import { postGraphql } from "./support/graphql-over-http";
import { startWaymark, type WaymarkUnderTest } from "./support/waymark-under-test";

/*
 * What an operator sees: request ids from the response header to the log lines
 * and error reports, Prometheus metrics behind a token (or loopback), every
 * metric the Grafana dashboard queries, and logs that name who did what but
 * never carry a credential or what a learner wrote.
 */

test.describe.configure({ mode: "serial" });

const METRICS_TOKEN = `metrics-${randomBytes(12).toString("hex")}`;
const AUTH_SECRET = `secret-${randomBytes(24).toString("hex")}`;
let waymark: WaymarkUnderTest;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  waymark = await startWaymark("postgres", {
    port: 3196,
    env: { LOG_LEVEL: "debug", METRICS_TOKEN, AUTH_SECRET },
  });
});

test.afterAll(async () => {
  await waymark?.stop();
});

function logLines(): Record<string, unknown>[] {
  return waymark.server
    .output()
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

test("every answer carries a request id, kept from a well-formed X-Request-Id, also in errors and log lines", async () => {
  const fresh = await fetch(`${waymark.url}/api/health/live`);
  expect(fresh.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  const kept = await fetch(`${waymark.url}/api/health/live`, { headers: { "x-request-id": "proxy-abc-12345678" } });
  expect(kept.headers.get("x-request-id")).toBe("proxy-abc-12345678");
  const replaced = await fetch(`${waymark.url}/api/health/live`, { headers: { "x-request-id": "bad id <script>" } });
  expect(replaced.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);

  const requestId = `trace-${randomBytes(6).toString("hex")}`;
  const response = await fetch(`${waymark.url}/api/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-request-id": requestId },
    body: JSON.stringify({
      query: `mutation TickWhileSignedOut { setItemStatus(input: { itemId: "x", status: DONE }) { id } }`,
    }),
  });
  const body = (await response.json()) as { errors: { extensions: { code: string; requestId: string } }[] };
  expect(body.errors[0]!.extensions).toMatchObject({ code: "UNAUTHENTICATED", requestId });
  await expect
    .poll(() => logLines().find((line) => line.requestId === requestId && line.msg === "graphql request"))
    .toMatchObject({ operation: "TickWhileSignedOut", outcome: "client_error", codes: ["UNAUTHENTICATED"] });
});

test("metrics need the token; they include every metric the Grafana dashboard queries", async () => {
  expect((await fetch(`${waymark.url}/api/metrics`)).status).toBe(401);
  expect(
    (await fetch(`${waymark.url}/api/metrics`, { headers: { authorization: "Bearer wrong-token-0000000" } })).status,
  ).toBe(401);
  // Some traffic first, so that labelled series exist.
  await postGraphql(waymark.url, `query Roadmaps { roadmaps { slug } }`);
  const scrape = await fetch(`${waymark.url}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  expect(scrape.status).toBe(200);
  expect(scrape.headers.get("content-type")).toContain("text/plain");
  const exported = new Set(
    (await scrape.text())
      .split("\n")
      .filter((line) => line.startsWith("# TYPE "))
      .map((line) => line.split(" ")[2]!),
  );
  const dashboard = JSON.parse(
    fs.readFileSync(path.resolve(import.meta.dirname, "../deploy/grafana/waymark.json"), "utf8"),
  ) as { panels: { targets: { expr: string }[] }[] };
  const queried = new Set(
    dashboard.panels
      .flatMap((panel) => panel.targets.map((target) => target.expr))
      .flatMap((expr) => expr.match(/\b(?:waymark|process|nodejs)_[a-z0-9_]+/g) ?? [])
      .map((name) => name.replace(/_(bucket|sum|count)$/, "")),
  );
  expect(queried.size).toBeGreaterThan(10);
  expect([...queried].filter((name) => !exported.has(name))).toEqual([]);
});

test("without a token, metrics answer on loopback only", async () => {
  const open = await startWaymark("postgres", { port: 3197, env: { LOG_LEVEL: "warn" } });
  try {
    expect((await fetch(`${open.url}/api/metrics`)).status).toBe(200);
    const outside = Object.values(os.networkInterfaces())
      .flat()
      .find((address) => address && address.family === "IPv4" && !address.internal)?.address;
    test.skip(!outside, "this machine has no non-loopback address to call from");
    expect((await fetch(`http://${outside}:3197/api/metrics`)).status).toBe(403);
  } finally {
    await open.stop();
  }
});

test("a learner's whole visit leaves no credential and no note text in the logs", async () => {
  const login = `logs-${randomBytes(3).toString("hex")}`;
  const cookie = await waymark.signIn(login);
  const noteText = `private-note-${randomBytes(8).toString("hex")}`;
  const roadmap = await postGraphql<{ roadmap: { sections: { items: { id: string }[] }[] } }>(
    waymark.url,
    `{ roadmap(slug: "backend") { sections { items { id } } } }`,
  );
  const itemId = roadmap.data!.roadmap.sections[0]!.items[0]!.id;
  const created = await postGraphql<{ createApiToken: { token: string } }>(
    waymark.url,
    `mutation MakeToken { createApiToken(input: { name: "logs", scopes: [READ_PROGRESS, WRITE_PROGRESS] }) { token } }`,
    {},
    { cookie },
  );
  const token = created.data!.createApiToken.token;
  await postGraphql(
    waymark.url,
    `mutation Note($itemId: ID!, $note: String) { setItemNote(input: { itemId: $itemId, note: $note }) { id } }`,
    { itemId, note: noteText },
    { token },
  );
  await postGraphql(
    waymark.url,
    `mutation Tick($itemId: ID!) { setItemStatus(input: { itemId: $itemId, status: DONE }) { id } }`,
    { itemId },
    { cookie },
  );
  await postGraphql(waymark.url, `{ viewer { login } }`, {}, { token: `${token}tampered` });
  await fetch(`${waymark.url}/roadmaps/backend`, { headers: { cookie } });
  await fetch(`${waymark.url}/dashboard`, { headers: { cookie } });

  const output = waymark.server.output();
  const sessionToken = cookie.split("=")[1]!;
  for (const [what, secret] of Object.entries({ sessionToken, token, noteText, AUTH_SECRET, METRICS_TOKEN })) {
    expect(output.includes(secret), `${what} appears in the logs`).toBe(false);
  }
  // What the logs do say: each GraphQL request, with its viewer and outcome.
  const lines = logLines().filter((line) => line.msg === "graphql request");
  expect(lines.find((line) => line.operation === "Note")).toMatchObject({ outcome: "success", via: "token" });
  expect(lines.find((line) => line.operation === "Tick")).toMatchObject({ outcome: "success", via: "session" });
  expect(lines.every((line) => typeof line.requestId === "string" && typeof line.ms === "number")).toBe(true);
});
