import "server-only";

import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { answerCachePlugin } from "./answer-cache/answer-cache-plugin";
import { answerText } from "./answer-cache/answer-text";
import { persistedQueryCache } from "./persisted-query-cache";
import type { GraphQLContext } from "./context";
import { formatError } from "./format-error";
import { NoSubscriptionsRule } from "./input-checks/no-subscriptions-rule";
import { rejectInvalidTextPlugin } from "./input-checks/reject-invalid-text-plugin";
import { GRAPHQL_LIMITS } from "./limits";
import { observeOperationsPlugin } from "./plugins/observe-operations-plugin";
import { unavailableStatusPlugin } from "./plugins/unavailable-status-plugin";
import { resolvers } from "./resolvers";
import { typeDefs } from "./schema";

/**
 * The GraphQL server, shared by the route handler and tests. Introspection stays
 * on (this is a public API with a playground); field suggestions ("did you mean")
 * are off in production. graphql-armor rejects over-deep, over-aliased, too long
 * or too costly documents before they run; our own checks refuse subscriptions
 * and text that cannot be stored, so no client mistake reaches a resolver as a
 * database error.
 */
export function createApolloServer(): ApolloServer<GraphQLContext> {
  const production = process.env.NODE_ENV === "production";
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth },
    // Every alias counts: armor exempts `__typename` by default, which let one
    // document ask for it thousands of times under different names.
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases, allowList: [] },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    // graphql-js enforces the token limit while parsing (parseOptions below), with a
    // proper 400 answer; armor's version throws from a plugin hook, which Apollo
    // turns into a 500.
    maxTokens: { enabled: false },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost },
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();
  return new ApolloServer<GraphQLContext>({
    typeDefs,
    resolvers,
    introspection: true,
    cache: persistedQueryCache(),
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: production,
    validationRules: [...protection.validationRules, NoSubscriptionsRule],
    // Our own /playground replaces Apollo's landing page, which loads from a CDN.
    plugins: [
      ...protection.plugins,
      rejectInvalidTextPlugin(),
      unavailableStatusPlugin(),
      answerCachePlugin(),
      observeOperationsPlugin(),
      ApolloServerPluginLandingPageDisabled(),
      // No CDN or gateway reads cache hints or federation traces here, and both
      // run a hook for every resolved field: off.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
    ],
    formatError,
    // Apollo's own way of writing an answer, named so that cached answers are the same bytes.
    stringifyResult: answerText,
  });
}
