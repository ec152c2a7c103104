import { randomBytes } from "node:crypto";
import { test } from "@playwright/test";
import { GRAPHQL_LIMITS } from "../../graphql/limits";
import { startWaymark } from "../support/waymark-under-test";
import { backendRoadmap } from "./support/backend-roadmap";
import { judgeGraphqlAnswer, type GraphqlBody } from "./support/judge-graphql-answer";
import { PATHOLOGICAL_NOTES } from "./support/pathological-notes";
import { postOverOneConnection } from "./support/one-keep-alive-connection";
import { poisonedArgumentDocuments } from "./support/poisoned-argument-documents";
import { ProbeSummary } from "./support/probe-summary";
import { operationBody, rawGraphqlRequest, type Caller, type RawAnswer } from "./support/raw-graphql-request";
import { waymarkSchema } from "./support/waymark-schema";

/*
 * Documents and requests no honest client sends, against a production build:
 * each must be refused with the right HTTP status and error code, or handled
 * correctly, and quickly. Any 5xx, INTERNAL_SERVER_ERROR, body that is not
 * GraphQL JSON, wrong code or stalled answer is an error.
 */

/** An answer slower than this is a stall, whatever it says. */
const STALL_MS = 2000;

/** What a case must get: a refusal with one of these statuses and only these codes, or a correct answer. */
type Expected =
  | { refuse: { status: number[]; codes: string[] } }
  | { handle: (body: GraphqlBody) => string | null; refusals?: string[] };

const refuse = (status: number | number[], ...codes: string[]): Expected => ({
  refuse: { status: Array.isArray(status) ? status : [status], codes },
});
const answered = (check: (body: GraphqlBody) => string | null = () => null): Expected => ({ handle: check });

function judge(summary: ProbeSummary, name: string, answer: RawAnswer, expected: Expected, stallMs = STALL_MS) {
  summary.tried += 1;
  const verdict = judgeGraphqlAnswer(answer);
  if (answer.ms > stallMs) summary.error(`${name}: answered after ${Math.round(answer.ms)} ms`);
  if (verdict.kind === "error") return summary.error(`${name}: ${verdict.reason}`);
  if ("refuse" in expected) {
    const { status, codes } = expected.refuse;
    const got = verdict.kind === "refused" ? verdict.codes : [];
    if (verdict.kind === "refused" && status.includes(answer.status) && got.every((code) => codes.includes(code))) {
      summary.refused += 1;
      return;
    }
    return summary.error(
      `${name}: expected HTTP ${status.join("/")} ${codes.join("/")}, got HTTP ${answer.status} ${got.join(",") || "data"}: ${answer.text.slice(0, 200)}`,
    );
  }
  if (verdict.kind === "refused") {
    if (verdict.codes.every((code) => expected.refusals?.includes(code))) {
      summary.refused += 1;
      return;
    }
    return summary.error(`${name}: refused with ${verdict.codes.join(",")}: ${answer.text.slice(0, 200)}`);
  }
  const wrong = expected.handle(verdict.body);
  if (wrong) summary.error(`${name}: ${wrong}`);
}

const repeat = (count: number, make: (index: number) => string) =>
  Array.from({ length: count }, (_, index) => make(index)).join(" ");

function nested(depth: number, open: string, close: string, inner: string): string {
  return open.repeat(depth) + inner + close.repeat(depth);
}

test("abuse documents are refused with the right code, or handled, quickly", async () => {
  test.setTimeout(240_000);
  const summary = new ProbeSummary("abuse-documents");
  const waymark = await startWaymark("postgres", { port: 3410, env: { RATE_LIMIT_PER_MINUTE: "100000" } });
  try {
    const url = waymark.url;
    const cookie = await waymark.signIn(`abuse-${randomBytes(3).toString("hex")}`);
    const learner: Caller = { cookie };
    const { itemIds } = await backendRoadmap(url);
    const post = (
      body: string | ReadableStream<Uint8Array>,
      caller: Caller = learner,
      headers?: Record<string, string>,
    ) => rawGraphqlRequest(url, { body, headers }, caller);
    const operation = (query: string, variables?: unknown, operationName?: string) =>
      post(operationBody(query, variables, operationName));
    const get = (query: string, headers?: Record<string, string>) =>
      rawGraphqlRequest(url, { method: "GET", search: `?query=${encodeURIComponent(query)}`, headers }, learner);

    const cases: { name: string; send: () => Promise<RawAnswer>; expected: Expected }[] = [
      // Limits of graphql/limits.ts.
      {
        name: "16 aliases",
        send: () => operation(`{ ${repeat(16, (i) => `a${i}: roadmaps { slug }`)} }`),
        expected: refuse(400, "GRAPHQL_VALIDATION_FAILED"),
      },
      {
        name: "16 aliased __typename",
        send: () => operation(`{ ${repeat(16, (i) => `t${i}: __typename`)} }`),
        expected: refuse(400, "GRAPHQL_VALIDATION_FAILED"),
      },
      {
        name: "15 aliased __typename (at the limit)",
        send: () => operation(`{ ${repeat(15, (i) => `t${i}: __typename`)} }`),
        expected: answered((body) => (body.data?.t14 === "Query" ? null : `data ${JSON.stringify(body.data)}`)),
      },
      {
        name: "aliases hidden in fragments spread twice",
        send: () =>
          operation(`{ ...E ... on Query { ...E } } fragment E on Query { ${repeat(8, (i) => `t${i}: __typename`)} }`),
        expected: refuse(400, "GRAPHQL_VALIDATION_FAILED"),
      },
      {
        name: "600 aliased __typename (tokens or aliases)",
        send: () => operation(`{ ${repeat(600, (i) => `t${i}: __typename`)} }`),
        expected: refuse(400, "GRAPHQL_VALIDATION_FAILED", "GRAPHQL_PARSE_FAILED"),
      },
      {
        name: "depth 14 (children nested)",
        send: () =>
          operation(
            `{ roadmap(slug: "backend") { sections { items { ${nested(11, "id children { ", " }", "id")} } } } }`,
          ),
        expected: refuse(400, "GRAPHQL_VALIDATION_FAILED"),
      },
      {
        name: "depth 600 of braces (parser recursion)",
        send: () => operation(`{ ${nested(600, "roadmaps { sections { ", " } }", "id")} }`),
        expected: refuse(400, "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED"),
      },
      {
        name: "2,001 tokens",
        send: () => operation(`{ roadmaps { ${repeat(GRAPHQL_LIMITS.maxTokens, () => "slug")} } }`),
        expected: refuse(400, "GRAPHQL_PARSE_FAILED"),
      },
      {
        name: "1,000,000 characters of whitespace and commas (cheap tokens)",
        send: () => operation(`{ ${",".repeat(500_000)}${" ".repeat(499_990)} __typename }`),
        expected: answered(),
      },
      {
        name: "21 directives on one field",
        send: () => operation(`{ roadmaps { slug ${repeat(21, () => "@include(if: true)")} } }`),
        expected: refuse(400, "GRAPHQL_VALIDATION_FAILED"),
      },
      {
        name: "21 directives spread over fields",
        send: () => operation(`{ roadmaps { ${repeat(21, () => "slug @skip(if: false)")} } }`),
        expected: refuse(400, "GRAPHQL_VALIDATION_FAILED"),
      },
      {
        name: "cost over 1,000 (15 deep roadmap copies)",
        send: () =>
          operation(
            `{ ${repeat(
              15,
              (i) =>
                `r${i}: roadmap(slug: "backend") { sections { items { resources { url title kind } children { resources { url title kind } children { id title status } } } } }`,
            )} }`,
          ),
        expected: refuse(400, "GRAPHQL_VALIDATION_FAILED"),
      },
      // HTTP level.
      {
        name: "body over the limit (Content-Length)",
        send: () => operation(`{ __typename }`, { pad: "x".repeat(GRAPHQL_LIMITS.maxBodyBytes + 100_000) }),
        expected: refuse(413, "PAYLOAD_TOO_LARGE"),
      },
      {
        name: "body of twice the limit streamed without Content-Length",
        send: () => {
          let sent = 0;
          const chunk = new TextEncoder().encode(
            `{"query":"{ __typename }","variables":{"pad":"${"x".repeat(64 * 1024)}`,
          );
          const stream = new ReadableStream<Uint8Array>({
            pull(controller) {
              if (sent >= 2 * GRAPHQL_LIMITS.maxBodyBytes) return controller.close();
              controller.enqueue(chunk);
              sent += chunk.byteLength;
            },
          });
          // The server reads and drops a body of up to 64 MiB past the limit, then
          // answers 413, but a client streaming more would see it stop reading and
          // close (EPIPE, reset) before it reads the answer: refused either way.
          return post(stream).then((answer) =>
            answer.status === 0 && /EPIPE|ECONNRESET|other side closed|socket hang up/i.test(answer.text)
              ? {
                  ...answer,
                  status: 413,
                  text: JSON.stringify({
                    errors: [{ message: answer.text, extensions: { code: "PAYLOAD_TOO_LARGE" } }],
                  }),
                }
              : answer,
          );
        },
        expected: refuse(413, "PAYLOAD_TOO_LARGE"),
      },
      {
        name: "body just under the limit (large unused variable)",
        send: () => operation(`{ __typename }`, { pad: "x".repeat(GRAPHQL_LIMITS.maxBodyBytes - 200) }),
        expected: answered((body) => (body.data?.__typename === "Query" ? null : `data ${JSON.stringify(body.data)}`)),
      },
      {
        name: "batched request (array body)",
        send: () => post(`[${operationBody("{ __typename }")}, ${operationBody("{ __typename }")}]`),
        expected: refuse(400, "BAD_REQUEST"),
      },
      {
        name: "batched request of one",
        send: () => post(`[${operationBody("{ __typename }")}]`),
        expected: refuse(400, "BAD_REQUEST"),
      },
      {
        name: "fragment cycle A -> B -> A",
        send: () => operation(`{ ...A } fragment A on Query { a: __typename ...B } fragment B on Query { ...A }`),
        expected: refuse(400, "GRAPHQL_VALIDATION_FAILED"),
      },
      {
        name: "fragment spreading itself through an inline fragment",
        send: () => operation(`{ ...A } fragment A on Query { ... on Query { ...A } }`),
        expected: refuse(400, "GRAPHQL_VALIDATION_FAILED"),
      },
      {
        name: "fragment bomb (each of 40 fragments spreads the next twice: 2^40 fields)",
        send: () =>
          operation(
            `{ ...F0 } ${repeat(40, (i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`)} fragment F40 on Query { __typename }`,
          ),
        expected: refuse(400, "GRAPHQL_VALIDATION_FAILED"),
      },
      {
        // Refused by the cost limit, or answered: either way quickly.
        name: "1,000 repeated fields (overlap check is quadratic)",
        send: () => operation(`{ roadmaps { ${repeat(1000, () => "slug")} } }`),
        expected: { handle: () => null, refusals: ["GRAPHQL_VALIDATION_FAILED"] },
      },
      {
        name: "unknown fragment type and spread of an undefined fragment",
        send: () => operation(`{ ...Missing ... on Nope { x } }`),
        expected: refuse(400, "GRAPHQL_VALIDATION_FAILED"),
      },
      // Variables.
      {
        name: "unused 1 MB string variable",
        send: () => operation(`{ __typename }`, { big: "y".repeat(1_000_000) }),
        expected: answered(),
      },
      {
        name: "50,000 unused variables",
        send: () =>
          operation(`{ __typename }`, Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`v${i}`, i]))),
        expected: answered(),
      },
      {
        name: "note of 1,000,000 characters",
        send: () =>
          operation(`mutation($input: SetItemNoteInput!) { setItemNote(input: $input) { id } }`, {
            input: { itemId: itemIds[0], note: "n".repeat(1_000_000) },
          }),
        expected: refuse([200, 400], "BAD_USER_INPUT"),
      },
      {
        name: "mergeGuestProgress with 5,001 entries",
        send: () =>
          operation(`mutation($input: MergeGuestProgressInput!) { mergeGuestProgress(input: $input) { merged } }`, {
            input: {
              entries: Array.from({ length: 5001 }, (_, i) => ({
                itemId: itemIds[i % itemIds.length],
                status: "DONE",
                updatedAt: "2026-01-01T00:00:00Z",
              })),
            },
          }),
        expected: refuse([200, 400], "BAD_USER_INPUT"),
      },
      {
        name: "mergeGuestProgress with 5,000 entries for unknown items",
        send: () =>
          operation(
            `mutation($input: MergeGuestProgressInput!) { mergeGuestProgress(input: $input) { merged ignored } }`,
            {
              input: {
                entries: Array.from({ length: 5000 }, (_, i) => ({
                  itemId: `missing-${i}`,
                  status: "DONE",
                  updatedAt: "2026-01-01T00:00:00Z",
                })),
              },
            },
          ),
        expected: answered((body) => {
          const merged = body.data?.mergeGuestProgress as { merged: number; ignored: number } | undefined;
          return merged?.merged === 0 && merged.ignored === 5000 ? null : `answered ${JSON.stringify(merged)}`;
        }),
      },
      {
        name: "200,000 wrongly typed list entries",
        send: () =>
          operation(
            `mutation($entries: [GuestProgressEntry!]!) { mergeGuestProgress(input: { entries: $entries }) { merged } }`,
            { entries: Array.from({ length: 200_000 }, () => 1) },
          ),
        expected: refuse(400, "BAD_USER_INPUT"),
      },
      {
        name: "unused variable nested 200,000 arrays deep",
        send: () => post(`{"query":"{ __typename }","variables":{"deep":${nested(200_000, "[", "]", "1")}}}`),
        expected: answered(),
      },
      {
        name: "note variable nested 100,000 objects deep",
        send: () =>
          post(
            `{"query":"mutation($input: SetItemNoteInput!) { setItemNote(input: $input) { id } }","variables":{"input":{"itemId":"${itemIds[0]}","note":${nested(100_000, '{"a":', "}", '"x"')}}}}`,
          ),
        expected: refuse(400, "BAD_USER_INPUT"),
      },
      {
        name: "list variable nested 200,000 arrays deep",
        send: () =>
          post(
            `{"query":"mutation($entries: [GuestProgressEntry!]!) { mergeGuestProgress(input: { entries: $entries }) { merged } }","variables":{"entries":${nested(200_000, "[", "]", "1")}}}`,
          ),
        expected: refuse(400, "BAD_USER_INPUT"),
      },
      {
        name: "extensions nested 150,000 objects deep",
        send: () => post(`{"query":"{ __typename }","extensions":${nested(150_000, '{"a":', "}", "1")}}`),
        expected: answered(),
      },
      {
        name: "variables that are a string",
        send: () => post(`{"query":"{ __typename }","variables":"{}"}`),
        expected: refuse(400, "BAD_REQUEST"),
      },
      // CSRF prevention and malformed requests.
      {
        name: "GET without a preflight header (CSRF)",
        send: () => get(`{ __typename }`),
        expected: refuse(400, "BAD_REQUEST"),
      },
      {
        name: "GET with apollo-require-preflight",
        send: () => get(`{ __typename }`, { "apollo-require-preflight": "true" }),
        expected: answered((body) => (body.data?.__typename === "Query" ? null : `data ${JSON.stringify(body.data)}`)),
      },
      {
        name: "GET of a mutation with a preflight header",
        send: () => get(`mutation { revokeApiToken(input: { id: "x" }) }`, { "apollo-require-preflight": "true" }),
        expected: refuse(405, "BAD_REQUEST"),
      },
      {
        name: "POST as text/plain (CSRF)",
        send: () => post(operationBody("{ __typename }"), learner, { "content-type": "text/plain" }),
        expected: refuse(400, "BAD_REQUEST"),
      },
      {
        name: "POST as a form (CSRF)",
        send: () => post("query=%7B__typename%7D", learner, { "content-type": "application/x-www-form-urlencoded" }),
        expected: refuse(400, "BAD_REQUEST"),
      },
      { name: "invalid JSON", send: () => post(`{"query": "{ __typename }"`), expected: refuse(400, "BAD_REQUEST") },
      { name: "empty body", send: () => post(""), expected: refuse(400, "BAD_REQUEST") },
      { name: "JSON null", send: () => post("null"), expected: refuse(400, "BAD_REQUEST") },
      { name: "JSON string", send: () => post(`"{ __typename }"`), expected: refuse(400, "BAD_REQUEST") },
      { name: "empty object", send: () => post("{}"), expected: refuse(400, "BAD_REQUEST") },
      { name: "query that is a number", send: () => post(`{"query":42}`), expected: refuse(400, "BAD_REQUEST") },
      {
        name: "body that is not UTF-8",
        send: () => post(new Blob([new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])]).stream()),
        expected: refuse(400, "BAD_REQUEST"),
      },
      {
        name: "unknown operation name",
        send: () => operation(`query A { __typename } query B { __typename }`, {}, "C"),
        expected: refuse(400, "OPERATION_RESOLUTION_FAILURE"),
      },
      {
        name: "two operations and no operation name",
        send: () => operation(`query A { __typename } query B { __typename }`),
        expected: refuse(400, "OPERATION_RESOLUTION_FAILURE"),
      },
      {
        name: "operation name with a NUL",
        send: () => operation(`query A { __typename }`, {}, "A\u0000"),
        expected: refuse(400, "OPERATION_RESOLUTION_FAILURE"),
      },
      {
        name: "subscription",
        send: () => operation(`subscription { roadmap(slug: "backend") { slug } }`),
        expected: refuse(400, "GRAPHQL_VALIDATION_FAILED"),
      },
      {
        name: "NUL in a variable's default value",
        send: () => operation(`query($s: String! = "back\\u0000end") { roadmap(slug: $s) { id } }`),
        expected: refuse(400, "BAD_USER_INPUT"),
      },
    ];

    // A NUL, and an unpaired surrogate, in every argument, input field and list
    // entry the schema has, as a literal and as a variable.
    const schema = waymarkSchema();
    for (const [poisonName, poison] of [
      ["NUL", "a\u0000b"],
      ["unpaired surrogate", "a\uD800b"],
    ] as const) {
      for (const document of poisonedArgumentDocuments(schema, poison)) {
        // Text is checked after validation: an unpaired \uD800 escape cannot even
        // be lexed, and an enum literal that is a string fails validation first.
        const codes =
          document.form === "variable"
            ? ["BAD_USER_INPUT"]
            : poisonName !== "NUL"
              ? ["GRAPHQL_PARSE_FAILED"]
              : document.leaf === "enum"
                ? ["GRAPHQL_VALIDATION_FAILED"]
                : ["BAD_USER_INPUT"];
        cases.push({
          name: `${poisonName} in ${document.place}`,
          send: () => operation(document.query, document.variables),
          expected: refuse(400, ...codes),
        });
      }
    }

    let slowest = { name: "", ms: 0 };
    for (const { name, send, expected } of cases) {
      const answer = await send();
      if (answer.ms > slowest.ms) slowest = { name, ms: Math.round(answer.ms) };
      judge(summary, name, answer, expected);
    }
    summary.note(`slowest document: ${slowest.name} (${slowest.ms} ms)`);

    // An oversized body must not spoil the connection for the next request on
    // it. A chunked body the server stops reading stayed in the connection, and
    // the next request hung for 6 s, then was reset (fixed in guard-request.ts).
    const padding = Buffer.from(`{"query":"{ __typename }","variables":{"pad":"${"x".repeat(64 * 1024)}`);
    const small = operationBody("{ __typename }");
    const [chunked413, afterChunked, declared413, afterDeclared] = await postOverOneConnection(url, [
      Array.from({ length: Math.ceil((2 * GRAPHQL_LIMITS.maxBodyBytes) / padding.length) }, () => padding),
      small,
      operationBody("{ __typename }", { pad: "x".repeat(GRAPHQL_LIMITS.maxBodyBytes + 100_000) }),
      small,
    ]);
    const isQuery = (body: GraphqlBody) =>
      body.data?.__typename === "Query" ? null : `data ${JSON.stringify(body.data)}`;
    judge(summary, "keep-alive: chunked body of twice the limit", chunked413!, refuse(413, "PAYLOAD_TOO_LARGE"));
    judge(summary, "keep-alive: next request after the chunked 413", afterChunked!, answered(isQuery));
    judge(
      summary,
      "keep-alive: body over the limit with Content-Length",
      declared413!,
      refuse(413, "PAYLOAD_TOO_LARGE"),
    );
    judge(summary, "keep-alive: next request after that 413", afterDeclared!, answered(isQuery));

    // Pathological notes, each alone on one item (and deleted after), so each
    // read times the rendering of that note only.
    //
    // NOTE: note rendering is being reworked on another branch. On this branch
    // deeply nested notes (`>` x 10,000, `> ` x 5,000, `1. ` x 3,333, `> - ` x 2,500)
    // overflow the renderer's stack: INTERNAL_SERVER_ERROR on noteHtml after
    // 1.5-3 s, on every read, since failures are not cached. These errors are
    // real findings, left failing on purpose until that work lands.
    const SET_NOTE = `mutation($input: SetItemNoteInput!) { setItemNote(input: $input) { id note } }`;
    const ROADMAP_NOTES = `{ roadmap(slug: "backend") { items { id note noteHtml } } }`;
    const itemId = itemIds[0]!;
    const noteTimes: string[] = [];
    for (const { name, note } of PATHOLOGICAL_NOTES) {
      const written = await rawGraphqlRequest(
        url,
        { body: operationBody(SET_NOTE, { input: { itemId, note } }) },
        learner,
      );
      let stored = false;
      judge(summary, `note ${name}: setItemNote`, written, {
        refusals: ["BAD_USER_INPUT"],
        handle: (body) => {
          stored = true;
          const echoed = (body.data?.setItemNote as { note?: string } | undefined)?.note;
          return echoed === note ? null : `setItemNote echoed ${String(echoed).length} characters, not the note`;
        },
      });
      const read = await rawGraphqlRequest(url, { body: operationBody(ROADMAP_NOTES) }, learner);
      judge(
        summary,
        `note ${name}: roadmap with notes`,
        read,
        answered((body) => {
          const items = (
            body.data?.roadmap as { items: { id: string; note: string | null; noteHtml: string | null }[] }
          )?.items;
          const mine = items?.find((item) => item.id === itemId);
          if (!stored) return null;
          if (mine?.note !== note) return "the roadmap query did not return the stored note";
          return typeof mine.noteHtml === "string" ? null : "no noteHtml for a stored note";
        }),
      );
      noteTimes.push(`${Math.round(written.ms)}/${Math.round(read.ms)}`);
      await rawGraphqlRequest(url, { body: operationBody(SET_NOTE, { input: { itemId, note: null } }) }, learner);
    }
    summary.note(`notes write/read ms: ${noteTimes.join(" ")}`);
    const health = await fetch(`${url}/api/health`).catch((error: Error) => error);
    if (health instanceof Error || !health.ok) {
      summary.error(
        `the server is not healthy after the probe: ${String(health instanceof Error ? health.message : health.status)}`,
      );
    }
  } finally {
    await waymark.stop();
  }
  await summary.finish();
});
