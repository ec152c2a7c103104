import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { errorCodesOf, postGraphql } from "../support/graphql-over-http";
import { startWaymark, type WaymarkUnderTest } from "../support/waymark-under-test";
import { ProbeSummary } from "./support/probe-summary";

/*
 * The database cut (connections reset, new ones refused) and frozen (connections
 * accepted, nothing answered) under a stream of writes from a signed-in learner
 * and a token client, through a TCP proxy of our own between the production
 * server and PostgreSQL. While it lasts: 503 SERVICE_UNAVAILABLE with
 * Retry-After within the configured bounds, for cookie and token callers alike,
 * never UNAUTHENTICATED and never an empty 500; pages 503; /api/health 503
 * within a second. Afterwards: service resumes without a restart, and every
 * acknowledged write is in the database.
 */

// Short bounds keep the probe quick; production defaults are 5 s.
const CONNECT_MS = 1500;
const STATEMENT_MS = 1500;
/** The longest any request may take during an outage: a statement's client-side bound plus slack. */
const BOUND_MS = STATEMENT_MS + 1000 + 1500;

const SET_STATUS = /* GraphQL */ `
  mutation Set($itemId: ID!, $status: ItemStatus!) {
    setItemStatus(input: { itemId: $itemId, status: $status }) {
      status
    }
  }
`;

interface Answer {
  writer: string;
  sentAt: number;
  ms: number;
  status: number;
  codes: string[];
  retryAfter: string | null;
}

test("database cut and frozen during a stream of writes", async () => {
  const summary = new ProbeSummary("database-faults");
  const waymark: WaymarkUnderTest = await startWaymark("postgres", {
    port: 3360,
    throughFaultProxy: true,
    env: {
      DATABASE_CONNECT_TIMEOUT_MS: String(CONNECT_MS),
      DATABASE_STATEMENT_TIMEOUT_MS: String(STATEMENT_MS),
      RATE_LIMIT_PER_MINUTE: "100000",
    },
  });
  const faults = waymark.faults!;
  try {
    // Every write goes to a (learner, item) pair never written before, so an
    // acknowledged write can only be present or lost, never overwritten.
    const learners = await Promise.all(
      Array.from({ length: 12 }, async (_, index) => {
        const login = `fault-${index}-${randomBytes(3).toString("hex")}`;
        return { login, cookie: await waymark.signIn(login) };
      }),
    );
    const tokenOwners = learners.slice(6);
    const tokens = await Promise.all(
      tokenOwners.map(async ({ cookie }) => {
        const created = await postGraphql<{ createApiToken: { token: string } }>(
          waymark.url,
          `mutation { createApiToken(input: { name: "faults", scopes: [WRITE_PROGRESS, READ_PROGRESS] }) { token } }`,
          {},
          { cookie },
        );
        return created.data!.createApiToken.token;
      }),
    );
    const roadmap = await postGraphql<{ roadmap: { sections: { items: { id: string }[] }[] } }>(
      waymark.url,
      `{ roadmap(slug: "backend") { sections { items { id } } } }`,
    );
    const items = roadmap.data!.roadmap.sections.flatMap((section) => section.items.map((item) => item.id));

    const answers: Answer[] = [];
    const acknowledged: { login: string; itemId: string }[] = [];
    let running = true;
    const writer = async (
      name: string,
      pairs: { login: string; credentials: { cookie?: string; token?: string } }[],
    ) => {
      // The next pair is taken only once a write is acknowledged; a refused one is sent again.
      for (let next = 0; running && next < pairs.length * items.length;) {
        const { login, credentials } = pairs[next % pairs.length]!;
        const itemId = items[Math.floor(next / pairs.length)]!;
        const sentAt = Date.now();
        const response = await fetch(`${waymark.url}/api/graphql`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            ...(credentials.cookie ? { cookie: credentials.cookie } : {}),
            ...(credentials.token ? { authorization: `Bearer ${credentials.token}` } : {}),
          },
          body: JSON.stringify({ query: SET_STATUS, variables: { itemId, status: "DONE" } }),
        });
        const text = await response.text();
        let codes: string[];
        try {
          codes = errorCodesOf({ status: response.status, ...(JSON.parse(text) as object) });
        } catch {
          codes = ["NOT_JSON"];
        }
        answers.push({
          writer: name,
          sentAt,
          ms: Date.now() - sentAt,
          status: response.status,
          codes,
          retryAfter: response.headers.get("retry-after"),
        });
        if (response.status === 200 && codes.length === 0) {
          acknowledged.push({ login, itemId });
          next += 1;
        }
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
    };
    const writers = [
      writer(
        "cookie",
        learners.slice(0, 6).map(({ login, cookie }) => ({ login, credentials: { cookie } })),
      ),
      writer(
        "token",
        tokenOwners.map(({ login }, index) => ({ login, credentials: { token: tokens[index]! } })),
      ),
    ];

    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const outages: { kind: string; start: number; end: number; health: { status: number; ms: number }[] }[] = [];
    const outage = async (kind: "cut" | "freeze") => {
      const start = Date.now();
      if (kind === "cut") faults.cut();
      else faults.freeze();
      const health: { status: number; ms: number }[] = [];
      while (Date.now() - start < BOUND_MS + 2000) {
        const asked = Date.now();
        const answer = await fetch(`${waymark.url}/api/health`);
        health.push({ status: answer.status, ms: Date.now() - asked });
        await sleep(300);
      }
      const page = await fetch(`${waymark.url}/roadmaps/backend`);
      expect(page.status, `page during ${kind}`).toBe(503);
      expect(await page.text()).toContain("briefly unavailable");
      faults.restore();
      outages.push({ kind, start, end: Date.now(), health });
    };

    await sleep(1500);
    await outage("cut");
    await sleep(BOUND_MS + 2500);
    await outage("freeze");
    await sleep(BOUND_MS + 2500);
    running = false;
    await Promise.all(writers);

    // Judge every answer by when it was sent.
    for (const answer of answers) {
      summary.tried += 1;
      const during = outages.find((o) => answer.sentAt + answer.ms >= o.start && answer.sentAt <= o.end + BOUND_MS);
      const ok = answer.status === 200 && answer.codes.length === 0;
      const unavailable =
        answer.status === 503 && answer.codes.every((code) => code === "SERVICE_UNAVAILABLE") && answer.retryAfter;
      if (ok) continue;
      if (unavailable && during) {
        summary.refused += 1;
        if (answer.ms > BOUND_MS) summary.error(`${answer.writer}: 503 after ${answer.ms} ms (bound ${BOUND_MS})`);
        continue;
      }
      summary.error(
        `${answer.writer}: HTTP ${answer.status} ${answer.codes.join(",")} after ${answer.ms} ms` +
          (during ? ` during the ${during.kind}` : " outside any outage"),
      );
    }
    for (const { kind, start, end, health } of outages) {
      const first503 = answers.find((answer) => answer.status === 503 && answer.sentAt + answer.ms >= start);
      const recovered = answers.find((answer) => answer.status === 200 && answer.sentAt >= end);
      const slowestHealth = Math.max(...health.map((check) => check.ms));
      const healthDown = health.filter((check) => check.status === 503).length;
      summary.note(
        `${kind}: first 503 after ${first503 ? first503.sentAt + first503.ms - start : "none"} ms, ` +
          `recovered ${recovered ? recovered.sentAt + recovered.ms - end : "never"} ms after restore, ` +
          `health 503 ${healthDown}/${health.length} (slowest ${slowestHealth} ms)`,
      );
      if (!first503) summary.error(`${kind}: no request was answered 503`);
      if (!recovered) summary.error(`${kind}: writes never succeeded again after the restore`);
      if (slowestHealth > 1000) summary.error(`${kind}: /api/health took ${slowestHealth} ms`);
      // After the first second, health must say so.
      if (health.slice(4).some((check) => check.status !== 503)) summary.error(`${kind}: /api/health said up`);
    }

    const stored = await waymark.inspect(async (db) => {
      const rows = await db.progress.findMany({
        where: { user: { login: { in: learners.map((learner) => learner.login) } }, status: "DONE" },
        select: { itemId: true, user: { select: { login: true } } },
      });
      return new Set(rows.map((row) => `${row.user.login}/${row.itemId}`));
    });
    summary.lost = acknowledged.filter(({ login, itemId }) => !stored.has(`${login}/${itemId}`)).length;
    summary.note(`${acknowledged.length} acknowledged writes, ${acknowledged.length - summary.lost} present`);
  } finally {
    await waymark.stop();
  }
  await summary.finish();
});
