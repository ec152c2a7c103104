import "server-only";

/**
 * A body over the limit. `drained` says the whole body was read (and dropped),
 * so the connection can serve the client's next request.
 */
export class BodyTooLargeError extends Error {
  override name = "BodyTooLargeError";
  constructor(readonly drained: boolean) {
    super("Request body over the size limit");
  }
}

/**
 * Reads a request body, keeping at most `limit` bytes. A body that declares a
 * length over the limit is refused without being kept, but read to its end and
 * dropped when it declares at most `drainUpTo` bytes: HTTP clients (fetch,
 * Playwright, most SDKs) send all they declared before they read an answer, and
 * a server that stops reading and closes leaves them a broken pipe instead of
 * the 413 that says why. Larger declared bodies, and streamed (chunked) ones once
 * past the limit, are not read further: the caller closes the connection.
 */
export async function readBodyWithLimit(request: Request, limit: number, drainUpTo = limit): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) {
    if (declared > drainUpTo || !request.body) throw new BodyTooLargeError(false);
    await drain(request.body);
    throw new BodyTooLargeError(true);
  }
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new BodyTooLargeError(false);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Reads a stream to its end, keeping nothing. */
async function drain(body: ReadableStream<Uint8Array>): Promise<void> {
  const reader = body.getReader();
  while (!(await reader.read()).done);
}
