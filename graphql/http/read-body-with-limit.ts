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
 * Reads a request body, keeping at most `limit` bytes. A body over the limit is
 * refused, but read to its end and dropped while it stays within `drainUpTo`
 * bytes (declared or streamed): HTTP clients (fetch, Playwright, most SDKs) send
 * all of a body before they read an answer, and a server that stops reading and
 * closes leaves them a broken pipe instead of the 413 that says why. A body that
 * declares more, or streams past it, is not read further: the caller closes the
 * connection.
 */
export async function readBodyWithLimit(request: Request, limit: number, drainUpTo = limit): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) {
    if (declared > drainUpTo || !request.body) throw new BodyTooLargeError(false);
    // Within the declared length: Node ends the body there whatever is sent.
    throw new BodyTooLargeError(await drain(request.body.getReader()));
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
      chunks.length = 0;
      throw new BodyTooLargeError(await drain(reader, drainUpTo - size));
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Reads a stream to its end, keeping nothing, unless more than `atMost` bytes
 * remain (then it stops there). Says whether it reached the end.
 */
async function drain(reader: ReadableStreamDefaultReader<Uint8Array>, atMost = Infinity): Promise<boolean> {
  let left = atMost;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return true;
    left -= value.byteLength;
    if (left < 0) {
      await reader.cancel();
      return false;
    }
  }
}
