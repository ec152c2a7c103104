import http from "node:http";
import type { RawAnswer } from "./raw-graphql-request";

/**
 * POSTs to /api/graphql one after another over a single keep-alive
 * connection, as browsers and HTTP client pools do, so a probe can see what a
 * refused request leaves behind on the connection for the next one. A body
 * given as chunks is sent with chunked transfer encoding (no Content-Length).
 * A request that fails or outlasts `timeoutMs` comes back as status 0.
 */
export async function postOverOneConnection(
  baseUrl: string,
  bodies: (string | Buffer[])[],
  timeoutMs = 10_000,
): Promise<RawAnswer[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const answers: RawAnswer[] = [];
  try {
    for (const body of bodies) answers.push(await postOnce(agent, baseUrl, body, timeoutMs));
  } finally {
    agent.destroy();
  }
  return answers;
}

function postOnce(agent: http.Agent, baseUrl: string, body: string | Buffer[], timeoutMs: number): Promise<RawAnswer> {
  const started = performance.now();
  const chunked = Array.isArray(body);
  return new Promise((resolve) => {
    const failed = (reason: string) =>
      resolve({ status: 0, headers: new Headers(), text: `no answer: ${reason}`, ms: performance.now() - started });
    const request = http.request(
      `${baseUrl}/api/graphql`,
      {
        method: "POST",
        agent,
        timeout: timeoutMs,
        headers: {
          "content-type": "application/json",
          ...(chunked ? { "transfer-encoding": "chunked" } : { "content-length": Buffer.byteLength(body) }),
        },
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(response.headers))
            if (typeof value === "string") headers.set(name, value);
          resolve({ status: response.statusCode ?? 0, headers, text, ms: performance.now() - started });
        });
        response.on("error", (error) => failed(error.message));
      },
    );
    request.on("timeout", () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    // The server may answer (413) and stop reading before the body is all sent.
    request.on("error", (error) => failed(error.message));
    if (chunked) {
      for (const chunk of body) request.write(chunk);
      request.end();
    } else {
      request.end(body);
    }
  });
}
