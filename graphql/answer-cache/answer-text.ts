import "server-only";

import { randomBytes } from "node:crypto";
import { HeaderMap, type GraphQLResponse } from "@apollo/server";
import type { FormattedExecutionResult } from "graphql";
import type { AnswerRecording } from "./answer-recording";

/*
 * How an answer is written out over HTTP: Apollo's own way, made explicit
 * (ApolloServer's `stringifyResult`, server.ts) so that cached answers
 * (shared-answers.ts, answer-template.ts) are cut from the same text: the
 * fields in the order Apollo's HTTP layer puts them (errors, data,
 * extensions), one line of JSON and a newline. A cached answer is therefore the
 * very bytes a computed one is: no client can tell a hit from a miss.
 *
 * A cached answer is served from inside Apollo's pipeline (the plugin's
 * responseForOperation hook), after every check Apollo makes of the request,
 * and is written out by Apollo's HTTP layer like any answer: its status and
 * headers are Apollo's. Its bytes (the text's UTF-8, as cached) go out as they
 * are, neither parsed nor written again, nor encoded: the answer handed to
 * Apollo is a placeholder, which this module writes as a marker, and the route
 * sends the bytes where Apollo's text is that marker (run-apollo.ts). A
 * profile of a 2,000-item roadmap had a fifth of the server's time in building
 * and encoding such text as one string (V8 copies a large string slowly).
 */

const placeholders = new WeakSet<object>();
/** What Apollo writes for a cached answer's placeholder: no answer's text can be this (a JSON text starts with "{"). */
export const CACHED_ANSWER_MARKER = `cached answer ${randomBytes(12).toString("hex")}`;

/** The JSON text of an answer, as Apollo sends it; with `replacer`, as JSON.stringify's. */
export function answerText(
  result: FormattedExecutionResult,
  replacer?: (this: unknown, key: string, value: unknown) => unknown,
): string {
  if (result.data && placeholders.has(result.data)) return CACHED_ANSWER_MARKER;
  return JSON.stringify({ errors: result.errors, data: result.data, extensions: result.extensions }, replacer) + "\n";
}

/**
 * The UTF-8 of an answer's text, in memory of its own, for keeping in a cache.
 * Buffer.from puts a short text in a shared 8 KiB pool, which a cached answer
 * of a few hundred bytes would keep alive whole: far more than the caches'
 * bounds count.
 */
export function answerBytes(text: string): Buffer<ArrayBuffer> {
  const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text));
  bytes.write(text);
  return bytes;
}

/**
 * For a plugin's responseForOperation: the answer whose bytes (answerText's
 * UTF-8) are `bytes`, which is what was cached; kept in the request's
 * recording for the route to send. Only for a request Apollo writes out over
 * HTTP (the route handler's): anywhere else its placeholder data would be read
 * as an empty answer.
 */
export function cachedAnswerResponse(bytes: Uint8Array<ArrayBuffer>, recording: AnswerRecording): GraphQLResponse {
  const data: Record<string, unknown> = {};
  placeholders.add(data);
  recording.served = bytes;
  return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: "single", singleResult: { data } } };
}
