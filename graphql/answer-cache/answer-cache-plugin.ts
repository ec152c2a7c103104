import "server-only";

import type { ApolloServerPlugin } from "@apollo/server";
import { gaugeFromCallback } from "@/server/platform/metrics";
import type { GraphQLContext } from "../context";
import { cacheAnswer, findCachedAnswer } from "./answer-cache";
import { answerKey } from "./answer-key";
import { cachedAnswerResponse } from "./answer-text";
import { readsOnlyContentAndViewerValues, readsOnlyRoadmapContent } from "./cacheable-operation";
import { localSharedAnswers } from "./shared-answers";
import { viewerAnswerStore } from "./viewer-answers";
import { ViewerValues } from "./viewer-values";

/**
 * The answer cache's one place in the request's path. A cached answer is
 * looked up once Apollo has checked the request as for any other (its HTTP
 * form and parameters, a persisted query's hash, the document's validity, the
 * operation chosen), and served instead of running the query: a request Apollo
 * would refuse is refused as before, cached answer or not, and Apollo's HTTP
 * layer writes the answer out (status, content type, text) as it would a
 * computed one. On a miss, an operation that may be cached (cacheable-operation.ts)
 * records what it reads as it runs, and its successful answer is cached.
 * Mutations are never keyed (a body can be a whole roadmap's markdown, not
 * worth hashing). Only over HTTP (the route handler): answers are cached as,
 * and served as, the text Apollo sends there.
 */
export function answerCachePlugin(): ApolloServerPlugin<GraphQLContext> {
  gaugeFromCallback(
    "waymark_answer_cache_signed_out_bytes",
    "Characters of signed-out answers cached in this process (bounded: see shared-answers.ts).",
    () => localSharedAnswers().calculatedSize,
  );
  gaugeFromCallback(
    "waymark_answer_cache_signed_in_bytes",
    "Approximate bytes of signed-in templates cached in this process (bounded: see viewer-answers.ts).",
    () => viewerAnswerStore().calculatedSize,
  );
  return {
    async requestDidStart({ contextValue: ctx }) {
      if (!ctx.servedOverHttp) return;
      const viewer = ctx.viewer;
      let key: string | undefined;
      let cachedBytes: Uint8Array<ArrayBuffer> | undefined;
      let recording = false;
      return {
        async didResolveOperation({ operation, request, source, document, schema }) {
          if (operation?.operation !== "query") return;
          key = answerKey(
            viewer,
            { query: source, operationName: request.operationName, variables: request.variables },
            ctx.language,
          );
          if (key === undefined) return;
          const found = await findCachedAnswer(viewer, key);
          if (found.bytes !== undefined) {
            cachedBytes = found.bytes;
            return;
          }
          if (found.tooLarge) return;
          recording = viewer
            ? readsOnlyContentAndViewerValues(schema, document, operation)
            : readsOnlyRoadmapContent(schema, document, operation);
          if (recording && viewer) ctx.answerCache.viewerValues = new ViewerValues();
        },
        async responseForOperation() {
          return cachedBytes === undefined ? null : cachedAnswerResponse(cachedBytes, ctx.answerCache);
        },
        async willSendResponse({ response }) {
          if (!recording || key === undefined || response.body.kind !== "single") return;
          await cacheAnswer(viewer, key, response.body.singleResult, ctx.answerCache);
        },
      };
    },
  };
}
