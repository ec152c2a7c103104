import { describe, expect, it } from "vitest";
import { BodyTooLargeError, readBodyWithLimit } from "./read-body-with-limit";

/** A request whose body arrives in chunks, counting how many bytes the reader pulled. */
function requestOf(chunks: string[], declareLength: boolean) {
  const encoder = new TextEncoder();
  const pulled = { bytes: 0 };
  const queue = chunks.map((chunk) => encoder.encode(chunk));
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = queue.shift();
      if (!next) return controller.close();
      pulled.bytes += next.byteLength;
      controller.enqueue(next);
    },
  });
  const length = chunks.reduce((sum, chunk) => sum + encoder.encode(chunk).byteLength, 0);
  const headers = declareLength ? { "content-length": String(length) } : undefined;
  const request = new Request("http://localhost/api/graphql", {
    method: "POST",
    body,
    headers,
    duplex: "half",
  } as RequestInit);
  return { request, pulled, length };
}

async function refusal(promise: Promise<unknown>): Promise<BodyTooLargeError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(BodyTooLargeError);
  return error as BodyTooLargeError;
}

describe("readBodyWithLimit", () => {
  it("returns a body within the limit, whole, declared or streamed", async () => {
    for (const declareLength of [true, false]) {
      const { request } = requestOf(['{"query":', '"{ é }"}'], declareLength);
      expect(await readBodyWithLimit(request, 100, 1000)).toBe('{"query":"{ é }"}');
    }
  });

  it("reads a declared body over the limit to its end, keeping nothing, when it is within the drain bound", async () => {
    const { request, pulled, length } = requestOf(
      Array.from({ length: 50 }, () => "x".repeat(100)),
      true,
    );
    const error = await refusal(readBodyWithLimit(request, 1000, 10_000));
    expect(error.drained).toBe(true);
    expect(pulled.bytes).toBe(length);
  });

  it("does not read a declared body past the drain bound", async () => {
    const { request, pulled } = requestOf(
      Array.from({ length: 50 }, () => "x".repeat(100)),
      true,
    );
    const error = await refusal(readBodyWithLimit(request, 1000, 2000));
    expect(error.drained).toBe(false);
    expect(pulled.bytes).toBeLessThanOrEqual(100);
  });

  it("reads a streamed body over the limit to its end within the drain bound, keeping nothing", async () => {
    const { request, pulled, length } = requestOf(
      Array.from({ length: 50 }, () => "x".repeat(100)),
      false,
    );
    const error = await refusal(readBodyWithLimit(request, 1000, 10_000));
    expect(error.drained).toBe(true);
    expect(pulled.bytes).toBe(length);
  });

  it("stops a streamed body soon after the drain bound and says it was not drained", async () => {
    const { request, pulled } = requestOf(
      Array.from({ length: 50 }, () => "x".repeat(100)),
      false,
    );
    const error = await refusal(readBodyWithLimit(request, 1000, 2000));
    expect(error.drained).toBe(false);
    expect(pulled.bytes).toBeLessThanOrEqual(2100);
  });
});
