import "server-only";

import { createHash } from "node:crypto";
import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from "@apollo/server";
import { HeaderMap } from "@apollo/server";
import type { FormattedExecutionResult } from "graphql";
import { sharedCache } from "@/app/lib/platform/cache/shared-cache";
import { contentEpoch } from "@/app/lib/services/roadmaps/content-epoch";
import type { GraphQLContext } from "../context";

const CACHE_SECONDS = 3600;
/** Larger answers are computed each time: a few such keys must not crowd out the rest. */
const MAX_CACHED_BYTES = 512 * 1024;

/**
 * Signed-out answers, from a cache. A signed-out query sees only roadmap content,
 * the same for everyone, so its answer is kept (in this process, and in Redis
 * when configured, for every instance) under the document, its variables, the
 * schema, and the content's epoch (content-epoch.ts), read with one statement.
 * Any change to any roadmap changes the epoch: no cached answer outlives the
 * content it was computed from. Signed-in requests, mutations and answers with
 * errors are never cached.
 */
export function signedOutResponseCachePlugin(schemaFingerprint: string): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (contextValue.viewer) return;
      let key: string | undefined;
      let hit = false;
      return {
        async responseForOperation({ operation, request }) {
          if (operation.operation !== "query" || !request.query) return null;
          try {
            const document = createHash("sha256")
              .update(JSON.stringify([request.query, request.operationName ?? null, request.variables ?? {}]))
              .digest("base64url");
            key = `signed-out:${schemaFingerprint}:${document}:${await contentEpoch()}`;
            const cached = await sharedCache().get<FormattedExecutionResult>(key);
            if (!cached) return null;
            hit = true;
            return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: "single", singleResult: cached } };
          } catch {
            // The database or the cache failed: answer as if there were no cache
            // (the resolvers then report what is wrong).
            key = undefined;
            return null;
          }
        },
        async willSendResponse({ response }: GraphQLRequestContextWillSendResponse<GraphQLContext>) {
          if (!key || hit || response.body.kind !== "single") return;
          const result = response.body.singleResult;
          if (result.errors?.length) return;
          if (JSON.stringify(result).length > MAX_CACHED_BYTES) return;
          await sharedCache().set(key, result, CACHE_SECONDS);
        },
      };
    },
  };
}
