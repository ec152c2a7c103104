import "server-only";

import { createHash } from "node:crypto";
import type { MaybeViewer } from "@/server/services/viewer";
import { typeDefs } from "../schema";

/** A GraphQL request as far as its cached answer is concerned: the document, the operation chosen and the variables. */
export interface AnswerRequest {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

const SCHEMA = createHash("sha256").update(typeDefs.join("\n")).digest("base64url").slice(0, 16);
/** The cached text's form (answer-text.ts): entries an older version wrote otherwise are never served. */
const TEXT_FORM = "t3";

/**
 * The one key of a cached answer: who asks (signed out, or the user with their
 * role, session or token, and scopes: an answer never serves another viewer),
 * the request's language (roadmap(slug) serves a translation into it),
 * the schema (a deploy never answers from an older one's entries), the
 * document, the operation and the variables. Not in the key: the roadmaps the
 * answer read, which are checked when it is found (roadmap-reads.ts). Undefined
 * when the request cannot be keyed (variables nested too deeply to serialise):
 * such a request simply runs in full.
 */
export function answerKey(viewer: MaybeViewer, request: AnswerRequest, language: string | null): string | undefined {
  const who = viewer ? [viewer.userId, viewer.role, viewer.via, [...viewer.scopes].sort()] : "signed-out";
  let text: string;
  try {
    text = JSON.stringify([who, language, request.query, request.operationName ?? null, request.variables ?? {}]);
  } catch {
    return undefined;
  }
  const digest = createHash("sha256").update(text).digest("base64url");
  return `${viewer ? "signed-in" : "signed-out"}:${TEXT_FORM}:${SCHEMA}:${digest}`;
}
