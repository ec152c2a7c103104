import "server-only";

import { HeaderMap, type ApolloServer } from "@apollo/server";
import type { NextRequest } from "next/server";
import type { MaybeViewer } from "@/server/services/viewer";
import { timeZoneFromCookie } from "@/shared/time-zone-cookie";
import { chooseLocale } from "@/shared/i18n/choose-locale";
import { LOCALE_COOKIE } from "@/shared/i18n/locales";
import { CACHED_ANSWER_MARKER } from "../answer-cache/answer-text";
import { createContext, type GraphQLContext } from "../context";

/** Apollo's incremental answers (multipart), as a response body. */
function streamOf(chunks: AsyncIterator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
  });
}

/**
 * Bytes as a body of one chunk. Given a Uint8Array, undici's Response copies
 * it first; a stream it passes on as it is, and Next.js streams every route's
 * body alike (chunked, without a length), so the answer on the wire is the same.
 */
function oneChunk(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/**
 * The request run by Apollo, which checks it as for any client (CSRF rule,
 * media types, parameters, document) and answers, from the answer cache or by
 * executing it, as a web Response. The body arrives already read and parsed.
 */
export async function runApollo(
  server: ApolloServer<GraphQLContext>,
  request: NextRequest,
  post: { body: unknown; json: boolean } | null,
  viewer: MaybeViewer,
): Promise<Response> {
  const headers = new HeaderMap();
  request.headers.forEach((value, name) => headers.set(name, value));
  // Apollo recognises exactly application/json; the body was checked already.
  if (post?.json) headers.set("content-type", "application/json");
  const context = createContext(viewer, {
    timeZone: timeZoneFromCookie(request.cookies),
    servedOverHttp: true,
    language: chooseLocale({
      userLocale: viewer?.locale,
      cookie: request.cookies.get(LOCALE_COOKIE)?.value,
      acceptLanguage: request.headers.get("accept-language"),
    }),
  });
  const answer = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: request.method,
      headers,
      search: request.nextUrl.search,
      body: post ? post.body : undefined,
    },
    context: async () => context,
  });
  const responseHeaders = new Headers();
  for (const [name, value] of answer.headers) responseHeaders.set(name, value);
  const body =
    answer.body.kind !== "complete"
      ? streamOf(answer.body.asyncIterator)
      : answer.body.string === CACHED_ANSWER_MARKER && context.answerCache.served
        ? // A cached answer, as Apollo would have written it (answer-cache/answer-text.ts).
          oneChunk(context.answerCache.served)
        : answer.body.string;
  return new Response(body, {
    status: answer.status ?? 200,
    headers: responseHeaders,
  });
}
