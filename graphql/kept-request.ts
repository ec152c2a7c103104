import "server-only";

import { createHash } from "node:crypto";

/** A GraphQL request as its kept answer is keyed: the document, the operation chosen and the variables. */
export interface KeptRequest {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/**
 * A digest of `request` and of whatever else the key must hold (`scope`: the
 * viewer, for signed-in answers), or undefined when it cannot be made (variables
 * nested too deeply to serialise): such a request simply runs in full.
 */
export function keptRequestDigest(request: KeptRequest, scope: readonly unknown[] = []): string | undefined {
  let text: string;
  try {
    text = JSON.stringify([...scope, request.query, request.operationName ?? null, request.variables ?? {}]);
  } catch {
    return undefined;
  }
  return createHash("sha256").update(text).digest("base64url");
}
