import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { test } from "@playwright/test";
import { postGraphql } from "../support/graphql-over-http";
import { startWaymark } from "../support/waymark-under-test";
import { backendRoadmap } from "./support/backend-roadmap";
import { createTokenOverHttp } from "./support/create-token-over-http";
import { judgeGraphqlAnswer } from "./support/judge-graphql-answer";
import { percentile } from "./support/latency-percentiles";
import { ProbeSummary } from "./support/probe-summary";
import { randomOperation, type CallerName, type FuzzCase } from "./support/random-operation";
import { operationBody, rawGraphqlRequest, type Caller } from "./support/raw-graphql-request";
import { runWithConcurrency } from "./support/run-with-concurrency";
import { waymarkSchema } from "./support/waymark-schema";

/*
 * Schema-driven fuzzing of a production build: 10,000 generated operations
 * (queries and mutations over every field, right and wrong argument types,
 * edge-case scalars, nulls, missing arguments, unknown fields, aliases and
 * fragments) from signed-out, session and token callers. Whatever the input,
 * the answer is GraphQL JSON: never a 5xx, never INTERNAL_SERVER_ERROR.
 *
 * The seed is fixed so CI runs the same cases every time; FUZZ_SEED explores
 * others, FUZZ_RUNS changes the count, and FUZZ_ONLY=<index> replays one case.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261127);
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const ONLY = process.env.FUZZ_ONLY === undefined ? undefined : Number(process.env.FUZZ_ONLY);
const IN_FLIGHT = 8;

function describeCase(index: number, fuzz: FuzzCase): string {
  const variables = JSON.stringify(fuzz.variables);
  return (
    `case ${index} (FUZZ_SEED=${SEED} FUZZ_ONLY=${index}) as ${fuzz.caller}, operationName ${JSON.stringify(fuzz.operationName)}: ` +
    `${fuzz.query} variables ${variables.length > 400 ? `${variables.slice(0, 400)}... (${variables.length} chars)` : variables}`
  );
}

test("10,000 generated operations never get a server error", async () => {
  test.setTimeout(300_000);
  const summary = new ProbeSummary("schema-fuzzer");
  const waymark = await startWaymark("postgres", { port: 3440, env: { RATE_LIMIT_PER_MINUTE: "1000000" } });
  try {
    const suffix = randomBytes(3).toString("hex");
    const cookie = await waymark.signIn(`fuzzer-${suffix}`);
    const victimLogin = `fuzz-victim-${suffix}`;
    const victimCookie = await waymark.signIn(victimLogin);
    const victimTokens = await Promise.all([
      createTokenOverHttp(waymark.url, victimCookie, ["READ_PROGRESS"]),
      createTokenOverHttp(waymark.url, victimCookie, ["READ_PROGRESS", "WRITE_PROGRESS"]),
    ]);
    const [read, write, both, revoked] = await Promise.all([
      createTokenOverHttp(waymark.url, cookie, ["READ_PROGRESS"]),
      createTokenOverHttp(waymark.url, cookie, ["WRITE_PROGRESS"]),
      createTokenOverHttp(waymark.url, cookie, ["READ_PROGRESS", "WRITE_PROGRESS"]),
      createTokenOverHttp(waymark.url, cookie, ["READ_PROGRESS", "WRITE_PROGRESS"]),
    ]);
    await postGraphql(
      waymark.url,
      `mutation($id: ID!) { revokeApiToken(input: { id: $id }) }`,
      { id: revoked.id },
      { cookie },
    );
    const callers: Record<CallerName, Caller> = {
      "signed-out": {},
      session: { cookie },
      "token-read": { token: read.token },
      "token-write": { token: write.token },
      "token-both": { token: both.token },
      "token-revoked": { token: revoked.token },
      "token-bogus": { token: `wmk_${randomBytes(24).toString("base64url")}` },
    };
    const { itemIds } = await backendRoadmap(waymark.url);
    const roadmaps = await postGraphql<{ roadmaps: { id: string }[] }>(waymark.url, `{ roadmaps { id } }`);
    const fixtures = {
      itemIds,
      roadmapIds: roadmaps.data!.roadmaps.map((roadmap) => roadmap.id),
      tokenIds: victimTokens.map((token) => token.id),
    };

    const cases = fc.sample(randomOperation(waymarkSchema(), fixtures), { seed: SEED, numRuns: RUNS });
    // Generating blocks this process for seconds, longer than the server keeps an
    // idle connection: its closes are waiting to be read. One turn of the event
    // loop reads them, so fetch's pool drops those sockets instead of writing the
    // first cases onto connections the server has already closed.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const indexes = ONLY === undefined ? cases.map((_, index) => index) : [ONLY];
    const codes = new Map<string, number>();
    const durations: number[] = [];
    let answered = 0;
    const started = Date.now();
    await runWithConcurrency(indexes.length, IN_FLIGHT, async (position) => {
      const index = indexes[position]!;
      const fuzz = cases[index]!;
      const answer = await rawGraphqlRequest(
        waymark.url,
        { body: operationBody(fuzz.query, fuzz.variables, fuzz.operationName) },
        callers[fuzz.caller],
      );
      summary.tried += 1;
      durations.push(answer.ms);
      const verdict = judgeGraphqlAnswer(answer);
      if (verdict.kind === "error") return summary.error(`${describeCase(index, fuzz)} -> ${verdict.reason}`);
      if (verdict.kind === "ok") return void (answered += 1);
      summary.refused += 1;
      for (const code of new Set(verdict.codes)) codes.set(code, (codes.get(code) ?? 0) + 1);
    });
    const seconds = (Date.now() - started) / 1000;

    // The fuzzer aimed revokeApiToken at another learner's tokens: they must still work.
    const victimState = await waymark.inspect((db) =>
      db.apiToken.findMany({ where: { user: { login: victimLogin } }, select: { id: true, revokedAt: true } }),
    );
    for (const token of victimState) {
      if (token.revokedAt) summary.error(`another learner's token ${token.id} was revoked by the fuzzer`);
    }

    const byCode = [...codes].sort((a, b) => b[1] - a[1]).map(([code, count]) => `${code} ${count}`);
    summary.note(`seed ${SEED}`);
    summary.note(`${answered} answered with data only`);
    summary.note(`refusals by code: ${byCode.join(", ")}`);
    summary.note(
      `${Math.round(summary.tried / seconds)} req/s at ${IN_FLIGHT} in flight, ${seconds.toFixed(1)} s, ` +
        `p50 ${percentile(durations, 50)} ms, p99 ${percentile(durations, 99)} ms, max ${percentile(durations, 100)} ms`,
    );
  } finally {
    await waymark.stop();
  }
  await summary.finish();
});
