import "server-only";

import { HeaderMap, type GraphQLResponse } from "@apollo/server";
import type { FormattedExecutionResult } from "graphql";

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
 * content type are Apollo's. Its text goes out as it is, neither parsed nor
 * written again: the answer handed to Apollo is a placeholder whose data object
 * this module recognises when asked to write it.
 */

const cachedTexts = new WeakMap<object, string>();

/** The JSON text of an answer, as Apollo sends it; with `replacer`, as JSON.stringify's. */
export function answerText(
  result: FormattedExecutionResult,
  replacer?: (this: unknown, key: string, value: unknown) => unknown,
): string {
  const cached = result.data ? cachedTexts.get(result.data) : undefined;
  if (cached !== undefined) return cached;
  return JSON.stringify({ errors: result.errors, data: result.data, extensions: result.extensions }, replacer) + "\n";
}

/**
 * For a plugin's responseForOperation: an answer whose text (answerText) is
 * `text`, which is what was cached. Only for a request Apollo writes out over HTTP
 * (the route handler's): anywhere else its placeholder data would be read as an
 * empty answer.
 */
export function cachedAnswerResponse(text: string): GraphQLResponse {
  const data: Record<string, unknown> = {};
  cachedTexts.set(data, text);
  return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: "single", singleResult: { data } } };
}
