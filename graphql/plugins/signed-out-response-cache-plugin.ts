import "server-only";

import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, type DocumentNode, type SelectionSetNode } from "graphql";
import type { GraphQLContext } from "../context";
import { signedOutAnswerKey, storeSignedOutAnswer } from "../signed-out-answers";

/*
 * Root fields whose signed-out answer depends on roadmap content alone, which
 * the epoch covers. Anything else is never stored: a public profile, say,
 * changes with its owner's progress and can be made private at any moment, and
 * the content's epoch knows nothing of that. An allowlist, so that a root field
 * added later is not cached until someone decides it may be.
 */
const CONTENT_ROOT_FIELDS = new Set(["roadmaps", "roadmap", "item", "viewer", "__typename", "__schema", "__type"]);

/** Whether every root field a selection reaches (through fragments too) is content alone. */
function onlyContentFields(selection: SelectionSetNode, document: DocumentNode, seen = new Set<string>()): boolean {
  return selection.selections.every((node) => {
    if (node.kind === Kind.FIELD) return CONTENT_ROOT_FIELDS.has(node.name.value);
    if (node.kind === Kind.INLINE_FRAGMENT) return onlyContentFields(node.selectionSet, document, seen);
    if (seen.has(node.name.value)) return true;
    seen.add(node.name.value);
    const fragment = document.definitions.find(
      (definition) => definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === node.name.value,
    );
    return fragment?.kind === Kind.FRAGMENT_DEFINITION && onlyContentFields(fragment.selectionSet, document, seen);
  });
}

/**
 * Stores the answers of successful signed-out queries (see signed-out-answers.ts),
 * which the HTTP handler then serves without running Apollo. The key is taken
 * before the operation runs (the handler's, or read here for GET requests): an
 * answer computed while the content changed is stored under the old epoch,
 * which no later request asks for. Signed-in requests, mutations and answers with
 * errors are never stored, nor answers that reach beyond roadmap content.
 */
export function signedOutResponseCachePlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (contextValue.viewer) return;
      let key = contextValue.signedOutAnswerKey;
      return {
        async didResolveOperation({ operation, request, document }) {
          if (
            operation?.operation !== "query" ||
            !request.query ||
            !onlyContentFields(operation.selectionSet, document)
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
