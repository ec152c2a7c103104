import "server-only";

import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import { keptAnswers } from "@/app/lib/platform/metrics";
import { loadItemStates } from "@/app/lib/services/progress/load-item-states";
import { contentEpoch } from "@/app/lib/services/roadmaps/content-epoch";
import type { Viewer } from "@/app/lib/services/viewer";
import { DomainError } from "@/app/lib/shared/errors";
import { fillAnswerTemplate, type AnswerTemplate } from "./answer-templates";

/*
 * Signed-in answers, kept as templates (answer-templates.ts) in this process,
 * one per viewer and request: the key holds who asks (user, role, session or
 * token and its scopes) besides the document, operation name and variables, so
 * a template only ever serves the viewer whose request built it, and what that
 * viewer may see cannot differ between the two. A template is used while the
 * content epoch it was built at holds (any change to any roadmap row moves the
 * epoch, on every instance: it is read from the database), and its holes are
 * filled from the viewer's states read for this request: statuses and notes
 * are never kept.
 */

/** Larger answers are computed each time, so one huge roadmap cannot crowd out the rest. */
const MAX_TEMPLATE_SIZE = 2 * 1024 * 1024;

export interface SignedInRequest {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

export function signedInAnswerKey(viewer: Viewer, request: SignedInRequest): string {
  return createHash("sha256")
    .update(
      JSON.stringify([
        viewer.userId,
        viewer.role,
        viewer.via,
        [...viewer.scopes].sort(),
        request.query,
        request.operationName ?? null,
        request.variables ?? {},
      ]),
    )
    .digest("base64url");
}

const GLOBAL_KEY = Symbol.for("waymark.signedInTemplates");
type GlobalWithTemplates = typeof globalThis & { [GLOBAL_KEY]?: LRUCache<string, AnswerTemplate> };

function templates(): LRUCache<string, AnswerTemplate> {
  const holder = globalThis as GlobalWithTemplates;
  holder[GLOBAL_KEY] ??= new LRUCache<string, AnswerTemplate>({
    max: 5000,
    maxSize: 64 * 1024 * 1024,
    sizeCalculation: (template) => Math.max(1, template.size),
    ttl: 3600 * 1000,
  });
  return holder[GLOBAL_KEY];
}

export function storeAnswerTemplate(key: string, template: AnswerTemplate): void {
  if (template.size <= MAX_TEMPLATE_SIZE) templates().set(key, template);
}

/**
 * The answer from this viewer's template when there is one at the current epoch
 * (`json`); two statements, sent together: the epoch and the viewer's states.
 * Without a current template, the epoch if it was read (a stale template), for
 * the template the full run will build.
 */
export async function answerFromTemplate(
  viewer: Viewer,
  key: string,
): Promise<{ json: string; epoch?: undefined } | { json?: undefined; epoch?: string }> {
  const template = templates().get(key);
  if (!template) {
    keptAnswers().inc({ kind: "signed_in", result: "miss" });
    return {};
  }
  const [epoch, states] = await Promise.all([
    contentEpoch(),
    loadItemStates(viewer, template.roadmapIds).catch((error: unknown) => {
      // A refusal is the query's to give, with its path: the full run answers it.
      if (error instanceof DomainError) return null;
      throw error;
    }),
  ]);
  if (epoch !== template.epoch || !states) {
    keptAnswers().inc({ kind: "signed_in", result: epoch === template.epoch ? "miss" : "stale" });
    templates().delete(key);
    return { epoch };
  }
  keptAnswers().inc({ kind: "signed_in", result: "hit" });
  return { json: fillAnswerTemplate(template, states) };
}
