import "server-only";

import type { ApolloServerPlugin } from "@apollo/server";
import { keptAnswers } from "@/app/lib/platform/metrics";
import { keptAnswerResponse } from "../answer-text";
import type { GraphQLContext } from "../context";
import { readsOnlyRoadmapContent } from "../content-only-operation";
import { cachedSignedOutAnswer, signedOutAnswerKey, storeSignedOutAnswer } from "../signed-out-answers";

/**
 * Serves and stores the answers of signed-out queries (see signed-out-answers.ts).
 * A kept answer is looked up once Apollo has checked the request as for any
 * other (its HTTP form and parameters, a persisted query's hash, the document's
 * validity, the operation chosen), and served instead of running the query:
 * a request Apollo would refuse is refused as before, kept answer or not, and
 * Apollo's HTTP layer writes the answer out (status, content type, text) as it
 * would a computed one. The key is taken before the operation runs: an answer
 * computed while the content changed is stored under the old epoch, which no
 * later request asks for. Signed-in requests, mutations, answers with errors
 * and operations that read more than roadmap content are never stored.
 */
export function signedOutResponseCachePlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (contextValue.viewer) return;
      let key: string | undefined;
      let kept: string | undefined;
      return {
        async didResolveOperation({ operation, request, source, document, schema }) {
          // A mutation is never keyed: its body (up to a whole roadmap's markdown) is not worth hashing.
          if (operation?.operation !== "query") return;
          key = await signedOutAnswerKey({
            query: source,
            operationName: request.operationName,
            variables: request.variables,
          }).catch(() => undefined);
          if (key === undefined) return;
          if (contextValue.servedOverHttp) {
            // Not found when it cannot be read: the query runs in full.
            kept = await cachedSignedOutAnswer(key).catch(() => undefined);
            keptAnswers().inc({ kind: "signed_out", result: kept === undefined ? "miss" : "hit" });
            if (kept !== undefined) return;
          }
          // Only answers stored here are ever found, so only a kept one skips this walk.
          if (!readsOnlyRoadmapContent(schema, document, operation)) key = undefined;
        },
        async responseForOperation() {
          return kept === undefined ? null : keptAnswerResponse(kept);
        },
        async willSendResponse({ response }) {
          if (kept !== undefined || !key || response.body.kind !== "single") return;
          if (response.body.singleResult.errors?.length) return;
          await storeSignedOutAnswer(key, response.body.singleResult).catch(() => {
            // Not stored: the next request computes the answer again.
          });
        },
      };
    },
  };
}
