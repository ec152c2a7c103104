import "server-only";

import { createHash } from "node:crypto";
import type { FormattedExecutionResult } from "graphql";
import { sharedCache } from "@/app/lib/platform/cache/shared-cache";
import { contentEpoch } from "@/app/lib/services/roadmaps/content-epoch";
import { typeDefs } from "./schema";

/*
 * Signed-out answers, kept whole. A signed-out query sees only roadmap content,
 * the same for everyone, so its answer is kept (in this process, and in Redis
 * when configured, for every instance) under the document, its operation name
 * and variables, the schema, and the content's epoch (content-epoch.ts, one
 * statement). Any change to any roadmap changes the epoch, so no cached answer
 * outlives the content it was computed from; a new schema (a deploy) never
 * answers from an old one's entries. Only successful queries are stored (the
 * plugin decides), so a key that hits passed every check once already.
 */

const CACHE_SECONDS = 3600;
/** Larger answers are computed each time: a few such keys must not crowd out the rest. */
const MAX_CACHED_BYTES = 512 * 1024;

const SCHEMA = createHash("sha256").update(typeDefs.join("\n")).digest("base64url").slice(0, 16);

export interface SignedOutRequest {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/** The cache key of a signed-out request at the current content epoch (reads the epoch). */
export async function signedOutAnswerKey(request: SignedOutRequest): Promise<string> {
  const document = createHash("sha256")
    .update(JSON.stringify([request.query, request.operationName ?? null, request.variables ?? {}]))
    .digest("base64url");
  return `signed-out:${SCHEMA}:${document}:${await contentEpoch()}`;
}

export function cachedSignedOutAnswer(key: string): Promise<FormattedExecutionResult | undefined> {
  return sharedCache().get<FormattedExecutionResult>(key);
}

export async function storeSignedOutAnswer(key: string, result: FormattedExecutionResult): Promise<void> {
  const json = JSON.stringify(result);
  if (json.length > MAX_CACHED_BYTES) return;
  await sharedCache().set(key, result, CACHE_SECONDS);
}
