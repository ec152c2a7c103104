import { Client } from "undici";

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
   * The next request to send; `sent` counts the requests of this window. Requests
   * on different connections are in flight together, so consecutive requests
   * should differ where it matters.
   */
  request: (sent: number) => LoadRequest;
}

const ERRORS_OPEN = Buffer.from('{"errors"');
const ERRORS_LIST = Buffer.from('"errors":[');
const TIMEOUT_MS = 30_000;

/** The body's bytes, kept only as far as needed to tell a GraphQL error: answers are never decoded to text. */
interface Answer {
  status: number;
  failed: boolean;
  head: Buffer;
}

/** Reads one answer to its end; an answer is failed by its status or by a GraphQL `errors` list (HTTP 200). */
async function send(client: Client, next: LoadRequest): Promise<Answer> {
  const { statusCode, body } = await client.request({
    path: next.path,
    method: next.method,
    headers: next.headers,
    body: next.body,
    headersTimeout: TIMEOUT_MS,
    bodyTimeout: TIMEOUT_MS,
  });
  return new Promise<Answer>((resolve, reject) => {
    let head: Buffer | undefined;
    let failed = statusCode >= 300;
    // The tail of the previous chunk, so a marker split across two chunks is still found.
    let carry = Buffer.alloc(0);
    body.on("data", (chunk: Buffer) => {
      if (head === undefined) {
        head = chunk.subarray(0, 300);
        if (chunk.subarray(0, ERRORS_OPEN.length).equals(ERRORS_OPEN)) failed = true;
      }
      if (!failed) {
        const joined = carry.length ? Buffer.concat([carry, chunk.subarray(0, ERRORS_LIST.length)]) : undefined;
        if ((joined && joined.includes(ERRORS_LIST)) || chunk.includes(ERRORS_LIST)) failed = true;
        carry = Buffer.from(chunk.subarray(Math.max(0, chunk.length - ERRORS_LIST.length + 1)));
      }
    });
    body.on("end", () => resolve({ status: statusCode, failed, head: head ?? Buffer.alloc(0) }));
    body.on("error", reject);
  });
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * One closed-loop load window: each connection (keep-alive, no pipelining)
 * sends its next request as soon as the previous answer has been read to its
 * end. Answers are read as bytes and never decoded: on these 2-core machines
 * the load generator shares the CPU with the server, and decoding a large
 * answer to text (as autocannon does for every body) took CPU from the server
 * in proportion to the answer's size, which is the very cost being measured.
 * Answers completed after the window's end are not counted.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const origin = new URL(options.url).origin;
  let sent = 0;
  let completed = 0;
  let errors = 0;
  let firstError: string | undefined;
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + options.seconds * 1000;

  const connection = async () => {
    const client = new Client(origin, { pipelining: 1, keepAliveTimeout: TIMEOUT_MS });
    try {
      while (performance.now() < deadline) {
        const next = options.request(sent++);
        const start = performance.now();
        try {
          const answer = await send(client, next);
          const end = performance.now();
          if (end > deadline) break;
          completed += 1;
          latencies.push(end - start);
          if (answer.failed) {
            errors += 1;
            firstError ??= `HTTP ${answer.status} ${answer.head.toString("utf8")}`;
          }
        } catch (error) {
          if (performance.now() > deadline) break;
          errors += 1;
          firstError ??= String(error);
        }
      }
    } finally {
      await client.close().catch(() => client.destroy());
    }
  };
  await Promise.all(Array.from({ length: options.connections }, connection));
  const sorted = Float64Array.from(latencies).sort();
  return {
    rps: completed / options.seconds,
    p50: Math.round(percentile(sorted, 50)),
    p99: Math.round(percentile(sorted, 99)),
    requests: completed,
    errors,
    firstError,
  };
}

/** A warm-up window (discarded), then the measured one. */
export async function measure(options: LoadOptions, warmUpSeconds = 2): Promise<LoadResult> {
  await runLoad({ ...options, seconds: warmUpSeconds });
  return runLoad(options);
}
