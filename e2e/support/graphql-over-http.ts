/** What /api/graphql answered: the HTTP status and the GraphQL body. */
export interface GraphqlHttpResult<Data> {
  status: number;
  data?: Data | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Posts one GraphQL operation to a running Waymark, as an API client would: with
 * a session cookie or a bearer token, or neither. Never throws for an answer;
 * a body that is not GraphQL JSON is reported as an error with the code NOT_JSON.
 */
// Tests read arbitrary response shapes; `any` keeps their assertions readable.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function postGraphql<Data = Record<string, any>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  credentials: { cookie?: string; token?: string } = {},
): Promise<GraphqlHttpResult<Data>> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (credentials.cookie) headers.cookie = credentials.cookie;
  if (credentials.token) headers.authorization = `Bearer ${credentials.token}`;
  const response = await fetch(`${baseUrl}/api/graphql`, {
    method: "POST",
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  try {
    return { status: response.status, ...(JSON.parse(text) as Omit<GraphqlHttpResult<Data>, "status">) };
  } catch {
    return { status: response.status, errors: [{ message: text.slice(0, 200), extensions: { code: "NOT_JSON" } }] };
  }
}

/** The error codes of an answer, or [] when it succeeded. */
export function errorCodesOf(result: GraphqlHttpResult<unknown>): string[] {
  return (result.errors ?? []).map((error) => error.extensions?.code ?? "NO_CODE");
}
