import autocannon from "autocannon";

export interface LoadRequest {
  method: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadResult {
  /** Answers per second over the measured window. */
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  /** Transport errors, timeouts, non-2xx answers and GraphQL answers with errors. */
  errors: number;
  /** What the first failed answer said, to explain a non-zero error count. */
  firstError?: string;
}

export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  /**
   * The next request to send; `sent` counts the requests of this window. autocannon
   * keeps no state per connection across requests, so consecutive requests (which
   * are in flight together) should differ where it matters.
   */
  request: (sent: number) => LoadRequest;
}

/**
 * One closed-loop load window with autocannon: each connection sends its next
 * request as soon as the previous one is answered (keep-alive). Bodies are read
 * to count GraphQL errors, which arrive with HTTP 200.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  let sent = 0;
  let bodyErrors = 0;
  let firstError: string | undefined;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    timeout: 30,
    requests: [
      {
        setupRequest: (request) => {
          const next = options.request(sent++);
          // A copy: autocannon writes Content-Length into the headers it is given,
          // which would leak into the caller's shared objects (and later requests).
          return { ...request, method: next.method, path: next.path, headers: { ...next.headers }, body: next.body };
        },
        onResponse: (status, body) => {
          if (status >= 300 || body.startsWith('{"errors"') || body.includes('"errors":[')) {
            bodyErrors += 1;
            if (firstError === undefined) firstError = `HTTP ${status} ${body.slice(0, 300)}`;
          }
        },
      },
    ],
  });
  return {
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    // non2xx answers are counted in bodyErrors already.
    errors: result.errors + result.timeouts + bodyErrors,
    firstError,
  };
}

/** A warm-up window (discarded), then the measured one. */
export async function measure(options: LoadOptions, warmUpSeconds = 2): Promise<LoadResult> {
  await runLoad({ ...options, seconds: warmUpSeconds });
  return runLoad(options);
}
