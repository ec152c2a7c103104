import "server-only";

import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLContext } from "../context";
import { readsOnlyRoadmapContent } from "../content-only-operation";
import { signedOutAnswerKey, storeSignedOutAnswer } from "../signed-out-answers";

/**
 * Stores the answers of successful signed-out queries (see signed-out-answers.ts),
 * which the HTTP handler then serves without running Apollo. The key is taken
 * before the operation runs (the handler's, or read here for GET requests): an
 * answer computed while the content changed is stored under the old epoch,
 * which no later request asks for. Signed-in requests, mutations, answers with
 * errors and operations that read more than roadmap content are never stored.
 */
export function signedOutResponseCachePlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (contextValue.viewer) return;
      let key = contextValue.signedOutAnswerKey;
      return {
        async didResolveOperation({ operation, request, document, schema }) {
          if (
            operation?.operation !== "query" ||
            !request.query ||
            !readsOnlyRoadmapContent(schema, document, operation)
          ) {
            key = undefined;
            return;
          }
          key ??= await signedOutAnswerKey({
            query: request.query,
            operationName: request.operationName,
            variables: request.variables,
          }).catch(() => undefined);
        },
        async willSendResponse({ response }) {
          if (!key || response.body.kind !== "single" || response.body.singleResult.errors?.length) return;
          await storeSignedOutAnswer(key, response.body.singleResult).catch(() => {
            // Not stored: the next request computes the answer again.
          });
        },
      };
    },
  };
}
