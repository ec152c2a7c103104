/** One answer of /api/graphql exactly as it came back, with how long it took. */
export interface RawAnswer {
  status: number;
  headers: Headers;
  text: string;
  ms: number;
}

export interface Caller {
  cookie?: string;
  token?: string;
}

/**
 * Sends a request to /api/graphql with any body and method, unlike postGraphql,
 * which always sends a well-formed JSON operation: abuse probes need to send what
 * no well-behaved client would (arrays, broken JSON, oversized bodies, GETs).
 * A network failure (reset, refused) is reported as status 0, never thrown, so a
 * server that drops the connection counts as an error rather than a crash of the probe.
 */
export async function rawGraphqlRequest(
  baseUrl: string,
  init: {
    method?: "GET" | "POST";
    body?: string | ReadableStream<Uint8Array>;
    search?: string;
    headers?: Record<string, string>;
    /** Gives up (status 0) after this long: a probe must not hang on a stalled server. */
    timeoutMs?: number;
  },
  caller: Caller = {},
): Promise<RawAnswer> {
  const headers: Record<string, string> = {
    ...(init.method === "GET" ? {} : { "content-type": "application/json" }),
    ...init.headers,
  };
  if (caller.cookie) headers.cookie = caller.cookie;
  if (caller.token) headers.authorization = `Bearer ${caller.token}`;
  const started = performance.now();
  try {
    const response = await fetch(`${baseUrl}/api/graphql${init.search ?? ""}`, {
      method: init.method ?? "POST",
      headers,
      body: init.method === "GET" ? undefined : init.body,
      signal: AbortSignal.timeout(init.timeoutMs ?? 20_000),
      // Needed by Node's fetch to stream a request body.
      ...(init.body instanceof ReadableStream ? { duplex: "half" } : {}),
    } as RequestInit);
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, ms: performance.now() - started };
  } catch (error) {
    return {
      status: 0,
      headers: new Headers(),
      text: `no answer: ${(error as Error).name} ${(error as Error).message} ${String((error as { cause?: unknown }).cause ?? "")}`,
      ms: performance.now() - started,
    };
  }
}

/** A JSON operation body, as Apollo clients send it. */
export function operationBody(query: string, variables?: unknown, operationName?: string): string {
  return JSON.stringify({
    query,
    ...(variables === undefined ? {} : { variables }),
    ...(operationName ? { operationName } : {}),
  });
}
