import type { RawAnswer } from "./raw-graphql-request";

export interface GraphqlBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * What an answer means for a probe: `ok` (data, no errors), `refused` (the
 * server said no with a client error code) or `error` (something that must
 * never happen: no answer, a 5xx, INTERNAL_SERVER_ERROR, an error without a
 * code, or a body that is not GraphQL JSON, i.e. an object with data and/or errors).
 */
export type Verdict =
  | { kind: "ok"; body: GraphqlBody }
  | { kind: "refused"; codes: string[]; body: GraphqlBody }
  | { kind: "error"; reason: string };

export function judgeGraphqlAnswer(answer: Pick<RawAnswer, "status" | "text">): Verdict {
  if (answer.status === 0) return { kind: "error", reason: answer.text.slice(0, 200) };
  if (answer.status >= 500) return { kind: "error", reason: `HTTP ${answer.status}: ${answer.text.slice(0, 200)}` };
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    return { kind: "error", reason: `HTTP ${answer.status}, not JSON: ${answer.text.slice(0, 200)}` };
  }
  if (typeof body !== "object" || body === null || Array.isArray(body) || !("data" in body || "errors" in body)) {
    return { kind: "error", reason: `HTTP ${answer.status}, JSON but not GraphQL: ${answer.text.slice(0, 200)}` };
  }
  const graphql = body as GraphqlBody;
  const errors = graphql.errors ?? [];
  if (!Array.isArray(errors)) return { kind: "error", reason: `errors is not a list: ${answer.text.slice(0, 200)}` };
  const codes = errors.map((error) => error.extensions?.code ?? "NO_CODE");
  const bad = codes.find((code) => code === "INTERNAL_SERVER_ERROR" || code === "NO_CODE");
  if (bad) return { kind: "error", reason: `HTTP ${answer.status} ${bad}: ${answer.text.slice(0, 300)}` };
  if (codes.length > 0) return { kind: "refused", codes, body: graphql };
  return { kind: "ok", body: graphql };
}
