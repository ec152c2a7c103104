import { NextRequest } from "next/server";
import { POST } from "../../app/api/graphql/route";
import type { TokenScope } from "../../server/db/generated/enums";
import { metricsText } from "../../server/platform/metrics";
import { createApiToken } from "./api-tokens";
import { createSession, createUser, sessionViewerOf, tokenViewerOf } from "./factories";
import { countStatements } from "./statement-count";
import { testDb } from "./test-db";

/*
 * For integration tests of the answer cache: requests through the route
 * handler, as an HTTP client sends them (the cache serves only those), with
 * the statements each one cost and the cache's lookups as its metrics count them.
 */

export interface RouteCaller {
  headers: Record<string, string>;
  viewer: ReturnType<typeof sessionViewerOf>;
}

export async function sessionCaller(): Promise<RouteCaller> {
  const user = await createUser(testDb());
  const token = await createSession(testDb(), user.id);
  return { headers: { cookie: `authjs.session-token=${token}` }, viewer: sessionViewerOf(user) };
}

export async function tokenCaller(scopes: TokenScope[]) {
  const token = await createApiToken(testDb(), scopes);
  const caller: RouteCaller = {
    headers: { authorization: `Bearer ${token.token}` },
    viewer: tokenViewerOf({ id: token.userId, login: token.login, role: "LEARNER" }, scopes),
  };
  return { caller, token };
}

/** POST /api/graphql as `caller` (null: signed out). */
export async function postToRoute(
  caller: RouteCaller | null,
  query: string,
  variables: Record<string, unknown>,
  options: { headers?: Record<string, string>; extensions?: unknown; body?: string } = {},
) {
  let response: Response | undefined;
  // Tests read arbitrary response shapes; `any` keeps their assertions readable.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let body: { data?: any; errors?: any[] } = {};
  const statements = await countStatements(async () => {
    response = await POST(
      new NextRequest("http://localhost/api/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", ...caller?.headers, ...options.headers },
        body: options.body ?? JSON.stringify({ query, variables, extensions: options.extensions }),
      }),
    );
    body = (await response.json()) as typeof body;
  });
  return { status: response!.status, body, statements, type: response!.headers.get("content-type") };
}

/** How many lookups of the answer cache had this result so far (metrics). */
export async function answerCacheCount(
  kind: "signed_in" | "signed_out",
  result: "hit" | "miss" | "stale",
): Promise<number> {
  const line = new RegExp(`^waymark_graphql_answer_cache_total\\{kind="${kind}",result="${result}"\\} (\\d+)`, "m");
  return Number(line.exec(await metricsText())?.[1] ?? 0);
}
