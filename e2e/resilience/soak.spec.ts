import { randomBytes } from "node:crypto";
import { test } from "@playwright/test";
import { startWaymark } from "../support/waymark-under-test";
import { backendRoadmap } from "./support/backend-roadmap";
import { judgeGraphqlAnswer } from "./support/judge-graphql-answer";
import { percentile } from "./support/latency-percentiles";
import { ProbeSummary } from "./support/probe-summary";
import { operationBody, rawGraphqlRequest, type Caller } from "./support/raw-graphql-request";
import { serverRssMb } from "./support/server-memory";

/*
 * Thirty seconds of steady mixed traffic on PostgreSQL from ten connections:
 * the backend roadmap read signed in (statuses, notes, progress) and signed
 * out, and writes of statuses and notes. No request may fail; latency and the
 * server's memory at start and end are reported. Memory growth is only noted
 * unless the soak's second half grows at GROWTH_LIMIT_MB's rate (a leak of that
 * size in 30 s would be unmistakable; growth in the first half is mostly the
 * heap warming up).
 */
// SOAK_SECONDS runs it longer, to tell a heap warming up from a leak.
const DURATION_MS = Number(process.env.SOAK_SECONDS ?? 30) * 1000;
const CONNECTIONS = 10;
const GROWTH_LIMIT_MB = 300;

const ROADMAP_SIGNED_IN = `{ roadmap(slug: "backend") { progress { done percent } sections { progress { done }
  items { id status note noteHtml children { id status note } } } } }`;
const ROADMAP_SIGNED_OUT = `{ roadmap(slug: "backend") { title sections { title items { id title resources { url } children { id title } } } } }`;
const SET_STATUS = `mutation($itemId: ID!, $status: ItemStatus!) { setItemStatus(input: { itemId: $itemId, status: $status }) { id status } }`;
const SET_NOTE = `mutation($itemId: ID!, $note: String) { setItemNote(input: { itemId: $itemId, note: $note }) { id noteHtml } }`;
const STATUSES = ["DONE", "IN_PROGRESS", "SKIPPED", "NOT_STARTED"];

test("30 s soak at 10 connections: no errors, latency and memory reported", async () => {
  test.setTimeout(DURATION_MS + 120_000);
  const summary = new ProbeSummary("soak");
  const waymark = await startWaymark("postgres", { port: 3470, env: { RATE_LIMIT_PER_MINUTE: "1000000" } });
  try {
    const { itemIds } = await backendRoadmap(waymark.url);
    const cookies = await Promise.all(
      Array.from({ length: CONNECTIONS }, (_, index) =>
        waymark.signIn(`soak-${index}-${randomBytes(3).toString("hex")}`),
      ),
    );
    const pgid = waymark.server.process.pid!;
    // Warm up every code path once before the first measurement.
    for (const query of [ROADMAP_SIGNED_IN, ROADMAP_SIGNED_OUT]) {
      await rawGraphqlRequest(waymark.url, { body: operationBody(query) }, { cookie: cookies[0] });
    }
    const rssStart = serverRssMb(pgid);

    const latencies: Record<string, number[]> = { "read signed in": [], "read signed out": [], write: [] };
    const deadline = Date.now() + DURATION_MS;
    // A series, not two points: warm-up levels off, a leak keeps climbing.
    const rssSeries = [rssStart];
    const sampler = setInterval(() => rssSeries.push(serverRssMb(pgid)), 5_000);
    await Promise.all(
      cookies.map(async (cookie, connection) => {
        for (let round = 0; Date.now() < deadline; round += 1) {
          const roll = (round * 7 + connection) % 10;
          const itemId = itemIds[(round + connection * 3) % itemIds.length]!;
          const [kind, body, caller]: [string, string, Caller] =
            roll < 4
              ? ["read signed in", operationBody(ROADMAP_SIGNED_IN), { cookie }]
              : roll < 7
                ? ["read signed out", operationBody(ROADMAP_SIGNED_OUT), {}]
                : roll < 9
                  ? [
                      "write",
                      operationBody(SET_STATUS, { itemId, status: STATUSES[round % STATUSES.length] }),
                      { cookie },
                    ]
                  : [
                      "write",
                      operationBody(SET_NOTE, { itemId, note: round % 3 === 0 ? null : `soak note ${round}` }),
                      { cookie },
                    ];
          const answer = await rawGraphqlRequest(waymark.url, { body }, caller);
          summary.tried += 1;
          latencies[kind]!.push(answer.ms);
          const verdict = judgeGraphqlAnswer(answer);
          if (verdict.kind === "error") summary.error(`${kind}: ${verdict.reason}`);
          // Nothing here deserves a refusal: the rate limit is raised, every input is valid.
          else if (verdict.kind === "refused")
            summary.error(`${kind}: refused ${verdict.codes.join(",")}: ${answer.text.slice(0, 200)}`);
        }
      }),
    );
    clearInterval(sampler);
    const rssEnd = serverRssMb(pgid);
    rssSeries.push(rssEnd);

    const all = Object.values(latencies).flat();
    summary.note(`${Math.round(summary.tried / (DURATION_MS / 1000))} req/s`);
    summary.note(`p50 ${percentile(all, 50)} ms, p99 ${percentile(all, 99)} ms`);
    for (const [kind, durations] of Object.entries(latencies)) {
      summary.note(
        `${kind} ${durations.length}: p50 ${percentile(durations, 50)} / p99 ${percentile(durations, 99)} ms`,
      );
    }
    summary.note(
      `server RSS ${rssStart} MB -> ${rssEnd} MB (${rssEnd - rssStart >= 0 ? "+" : ""}${rssEnd - rssStart} MB; every 5 s: ${rssSeries.join(", ")})`,
    );
    // Judged on the second half, at the limit's rate: in the first, the heap warms up (the young
    // generation alone may take 3 x 64 MB, `npm start`'s semi-spaces), the more the faster the
    // machine answers (+310 MB at 348 req/s, then +2 MB in the last 10 s; +238 MB at 270 req/s).
    const halfway = rssSeries[Math.floor(rssSeries.length / 2)]!;
    if (rssEnd - halfway > GROWTH_LIMIT_MB / 2)
      summary.error(`server memory grew ${rssEnd - halfway} MB in the last ${DURATION_MS / 2000} s of the soak`);
  } finally {
    await waymark.stop();
  }
  await summary.finish();
});
