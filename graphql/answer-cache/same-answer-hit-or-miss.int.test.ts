import { createHash } from "node:crypto";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/graphql/route";
import { answerCacheLookups } from "@/server/platform/metrics";
import { PEER_HEADER } from "@/server/platform/request-context";
import { saveBuiltInRoadmap } from "@/server/services/roadmaps/authoring/save-built-in-roadmap";
import { parseRoadmapMarkdown } from "@/shared/roadmap-markdown/parse-roadmap-markdown";
import { createApiToken } from "@/e2e/support/api-tokens";
import { createSession, createUser } from "@/e2e/support/factories";
import { testDb } from "@/e2e/support/test-db";

/*
 * A cached answer (signed out: the whole answer; signed in: the viewer's
 * template) may only be served to a request Apollo would have answered with
 * it, and must be the very bytes Apollo sends. Each request below, well-formed
 * or malformed in one of the ways Apollo tells apart, is sent twice through the
 * route handler: once with nothing cached (its document's text never asked
 * before), once with its document's answer cached (a hit seen on the metrics just
 * before), for a signed-out caller, a session and a token. Status, content type
 * and body must be the same, byte for byte.
 */

interface Probe {
  name: string;
  method: "GET" | "POST";
  /** The query string of a GET. */
  search?: string;
  /** A POST's body, as sent. */
  body?: string;
  /** Sent without a content type when false. */
  headers?: Record<string, string | false>;
}

interface Answer {
  status: number;
  type: string | null;
  text: string;
}

type Kind = "signed_out" | "signed_in";

let slug = "";
let document = "";

beforeAll(async () => {
  slug = `checks-${Date.now().toString(36)}`;
  await saveBuiltInRoadmap(testDb(), slug, parseRoadmapMarkdown(`# Checked\n\n## Only\n\n- [ ] One\n- [ ] Two\n`));
  // No variables: a request whose variables are malformed would be keyed as this one.
  document = `{ roadmap(slug: "${slug}") { __typename title items { id title status } } }`;
});

const json = (value: unknown) => JSON.stringify(value);
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** Every way of asking, for the document `query` (wellFormed: the request that keeps its answer). */
function probes(query: string): Probe[] {
  const post = (name: string, body: unknown, headers: Record<string, string | false> = {}): Probe => ({
    name,
    method: "POST",
    body: typeof body === "string" ? body : json(body),
    headers: { "content-type": "application/json", ...headers },
  });
  const get = (name: string, params: [string, string][], headers: Record<string, string | false> = {}): Probe => ({
    name,
    method: "GET",
    search: `?${new URLSearchParams(params).toString()}`,
    headers: { "apollo-require-preflight": "true", ...headers },
  });
  const malformed: [string, unknown][] = [
    ["a string", "x"],
    ["a JSON-encoded object", "{}"],
    ["an empty string", ""],
    ["a number", 1],
    ["zero", 0],
    ["an array", []],
    ["true", true],
    ["false", false],
  ];
  return [
    post("well-formed", { query }),
    post("well-formed, null parameters", { query, variables: null, extensions: null, operationName: null }),
    post("well-formed, empty objects", { query, variables: {}, extensions: {} }),
    post("well-formed, a client's extensions", { query, extensions: { clientLibrary: { name: "x", version: "1" } } }),
    ...malformed.map(([what, value]) => post(`extensions ${what}`, { query, extensions: value })),
    ...malformed.map(([what, value]) => post(`variables ${what}`, { query, variables: value })),
    ...malformed
      .filter(([, value]) => typeof value !== "string")
      .map(([what, value]) => post(`operationName ${what}`, { query, operationName: value })),
    post("operationName an object", { query, operationName: {} }),
    post("operationName empty", { query, operationName: "" }),
    post("operationName unknown", { query, operationName: "Nowhere" }),
    post("extensions a persisted query of another hash", {
      query,
      extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } },
    }),
    post("extensions a persisted query of another version", {
      query,
      extensions: { persistedQuery: { version: 2, sha256Hash: "0".repeat(64) } },
    }),
    post("extensions a null persisted query", { query, extensions: { persistedQuery: null } }),
    post("extensions the persisted query of this text", {
      query,
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } },
    }),
    post("a persisted query's hash alone, never registered", {
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } },
    }),
    post("a field Apollo does not read", { query, unread: 1 }),
    post("query missing", {}),
    post("query missing, variables given", { variables: {} }),
    post("query null", { query: null }),
    post("query empty", { query: "" }),
    post("query a number", { query: 1 }),
    post("query an array", { query: [query] }),
    post("query a parsed document", { query: { kind: "Document", definitions: [] } }),
    post("body null", null),
    post("body a string", json(json({ query }))),
    post("body a number", "1"),
    post("body an empty object", {}),
    post("body a batch", [{ query }]),
    post("body an empty batch", []),
    post("body not JSON", `{"query":${json(query)}`),
    post("content type text/plain", { query }, { "content-type": "text/plain" }),
    post(
      "content type text/plain, preflighted",
      { query },
      { "content-type": "text/plain", "apollo-require-preflight": "true" },
    ),
    post("content type form", { query }, { "content-type": "application/x-www-form-urlencoded" }),
    post("content type multipart", { query }, { "content-type": "multipart/form-data; boundary=x" }),
    post("content type graphql", query, { "content-type": "application/graphql" }),
    post("no content type", { query }, { "content-type": false }),
    post("no content type, preflighted", { query }, { "content-type": false, "apollo-require-preflight": "true" }),
    post(
      "content type JSON in capitals, with a charset",
      { query },
      { "content-type": "APPLICATION/JSON; charset=UTF-8" },
    ),
    post("content type JSON with a suffix", { query }, { "content-type": "application/json-seq" }),
    post("accepts HTML only", { query }, { accept: "text/html" }),
    post("accepts XML only", { query }, { accept: "application/xml" }),
    post("accepts multipart only", { query }, { accept: "multipart/mixed" }),
    post("refuses JSON", { query }, { accept: "application/json;q=0" }),
    post("accepts text of any kind", { query }, { accept: "text/*" }),
    post("accepts anything", { query }, { accept: "*/*" }),
    post("accepts any application type", { query }, { accept: "application/*" }),
    post("accepts JSON", { query }, { accept: "application/json" }),
    post("prefers the GraphQL response type", { query }, { accept: "application/graphql-response+json" }),
    post("Apollo Client's accept", { query }, { accept: "application/graphql-response+json,application/json;q=0.9" }),
    post(
      "prefers JSON over the GraphQL response type",
      { query },
      {
        accept: "application/graphql-response+json;q=0.5,application/json",
      },
    ),
    post("accepts the callback type", { query }, { accept: "application/json;callbackSpec=1.0" }),
    post("an empty accept", { query }, { accept: "" }),
    get("GET well-formed", [["query", query]]),
    get("GET with JSON parameters", [
      ["query", query],
      ["variables", "{}"],
      ["extensions", "{}"],
    ]),
    get("GET without the preflight header", [["query", query]], { "apollo-require-preflight": false }),
    get("GET with a JSON content type, not preflighted", [["query", query]], {
      "apollo-require-preflight": false,
      "content-type": "application/json",
    }),
    get("GET with content type text/plain", [["query", query]], { "content-type": "text/plain" }),
    get("GET with content type XML", [["query", query]], { "content-type": "application/xml" }),
    get("GET with extensions not JSON", [
      ["query", query],
      ["extensions", "x"],
    ]),
    get("GET with extensions a number", [
      ["query", query],
      ["extensions", "1"],
    ]),
    get("GET with extensions an array", [
      ["query", query],
      ["extensions", "[]"],
    ]),
    get("GET with extensions a string", [
      ["query", query],
      ["extensions", '"x"'],
    ]),
    get("GET with extensions null", [
      ["query", query],
      ["extensions", "null"],
    ]),
    get("GET with variables not JSON", [
      ["query", query],
      ["variables", "x"],
    ]),
    get("GET with variables an array", [
      ["query", query],
      ["variables", "[]"],
    ]),
    get("GET with the query twice", [
      ["query", query],
      ["query", query],
    ]),
    get("GET with operationName twice", [
      ["query", query],
      ["operationName", "A"],
      ["operationName", "A"],
    ]),
    get("GET accepting HTML only", [["query", query]], { accept: "text/html" }),
    get("GET accepting the GraphQL response type", [["query", query]], {
      accept: "application/graphql-response+json",
    }),
    get("GET of a persisted query of another hash", [
      ["query", query],
      ["extensions", json({ persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } })],
    ]),
  ];
}

async function send(probe: Probe, caller: Record<string, string>): Promise<Answer> {
  const headers = new Headers(caller);
  for (const [name, value] of Object.entries(probe.headers ?? {})) if (value !== false) headers.set(name, value);
  const url = `http://localhost/api/graphql${probe.search ?? ""}`;
  // Bytes, not a string: a string body would be given a text/plain content type.
  const body = probe.body === undefined ? undefined : new TextEncoder().encode(probe.body);
  const request = new NextRequest(url, { method: probe.method, headers, body });
  const response = probe.method === "GET" ? await GET(request) : await POST(request);
  return { status: response.status, type: response.headers.get("content-type"), text: await response.text() };
}

async function cacheHits(kind: Kind): Promise<number> {
  const { values } = await answerCacheLookups().get();
  return values.find((value) => value.labels.kind === kind && value.labels.result === "hit")?.value ?? 0;
}

let asked = 0;
/** The document once more, as a text asked for the first time: nothing is cached for it yet. */
function unasked(query: string): string {
  asked += 1;
  return `${query}\n# ${asked}`;
}

/**
 * Each probe cold, then warm; the answers that differ (none, when cached answers
 * are served only where Apollo would answer, and as Apollo sends a computed one).
 */
async function differences(caller: Record<string, string>, kind: Kind, query: string) {
  const differing: { probe: string; cold: Answer; warm: Answer }[] = [];
  for (let index = 0; index < probes(query).length; index += 1) {
    const variants = probes(unasked(query));
    const [wellFormed, probe] = [variants[0]!, variants[index]!];
    const cold = await send(probe, caller);
    // Cached by the first well-formed request (unless the probe cached it already), served from the second.
    await send(wellFormed, caller);
    const hits = await cacheHits(kind);
    expect((await send(wellFormed, caller)).status).toBe(200);
    expect(await cacheHits(kind), `"${probe.name}": the answer is cached`).toBe(hits + 1);
    const warm = await send(probe, caller);
    if (cold.status !== warm.status || cold.type !== warm.type || cold.text !== warm.text) {
      differing.push({ probe: probe.name, cold, warm });
    }
  }
  return differing;
}

async function sessionCaller() {
  const user = await createUser(testDb());
  return { cookie: `authjs.session-token=${await createSession(testDb(), user.id)}` };
}

async function tokenCaller() {
  const { token } = await createApiToken(testDb(), ["READ_PROGRESS"]);
  return { authorization: `Bearer ${token}` };
}

let peers = 0;
/** A signed-out caller from an address of its own: each has its own budget of requests. */
function signedOutCaller() {
  peers += 1;
  return { [PEER_HEADER]: `198.51.100.${peers}` };
}

describe("a cached answer is served only where Apollo would answer, as Apollo would", () => {
  it("signed out: every request is answered the same, cached or not", async () => {
    expect(await differences(signedOutCaller(), "signed_out", document)).toEqual([]);
  });

  it("signed out, the smallest query: every request is answered the same, cached or not", async () => {
    expect(await differences(signedOutCaller(), "signed_out", "{ __typename }")).toEqual([]);
  });

  it("signed in with a session: every request is answered the same, cached or not", async () => {
    expect(await differences(await sessionCaller(), "signed_in", document)).toEqual([]);
  });

  it("signed in with a token: every request is answered the same, cached or not", async () => {
    expect(await differences(await tokenCaller(), "signed_in", document)).toEqual([]);
  });
});

describe("a cached answer is the bytes of a computed one", () => {
  for (const [who, caller, kind] of [
    ["signed out", async () => signedOutCaller(), "signed_out"],
    ["signed in", sessionCaller, "signed_in"],
  ] as const) {
    it(`${who}: a hit is byte for byte the miss before it`, async () => {
      const headers = await caller();
      const request = probes(unasked(document))[0]!;
      const computed = await send(request, headers);
      const hits = await cacheHits(kind);
      const cached = await send(request, headers);
      expect(await cacheHits(kind)).toBe(hits + 1);
      expect(computed.status).toBe(200);
      // Apollo's own form: one line of JSON and a newline.
      expect(computed.text).toMatch(/^\{"data":.*\}\n$/);
      expect(cached).toEqual(computed);
    });
  }
});
