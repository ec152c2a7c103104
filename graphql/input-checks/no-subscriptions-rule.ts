import "server-only";

import { GraphQLError, OperationTypeNode, type ASTVisitor, type ValidationContext } from "graphql";

export const NO_SUBSCRIPTIONS_MESSAGE = "This API has no subscriptions; use queries and mutations.";

/**
 * Refuses subscription operations while validating. The schema has no
 * Subscription type, and graphql-js only notices that while executing, with an
 * error that carries no code (so it surfaced as a 500). Unconditional: this
 * HTTP endpoint could not serve a subscription even if the schema had one.
 */
export function NoSubscriptionsRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation === OperationTypeNode.SUBSCRIPTION) {
        context.reportError(new GraphQLError(NO_SUBSCRIPTIONS_MESSAGE, { nodes: node }));
      }
    },
  };
}
