import "server-only";

import { isDatabaseUnavailable } from "@/app/lib/platform/database-unavailable";
import { logger } from "@/app/lib/platform/logger";
import { keptAnswers } from "@/app/lib/platform/metrics";
import { loadItemStates, type ItemStates } from "@/app/lib/services/progress/load-item-states";
import { contentEpoch } from "@/app/lib/services/roadmaps/content-epoch";
import type { Viewer } from "@/app/lib/services/viewer";
import { DomainError } from "@/app/lib/shared/errors";
import { keptRequestDigest, type KeptRequest } from "../kept-request";
import { fillAnswerTemplate, type AnswerTemplate } from "./answer-templates";
import { forget, keep, keptFor } from "./template-shelves";

/*
 * Signed-in answers, kept as templates (answer-templates.ts) in this process,
 * on a shelf per viewer (template-shelves.ts): the key holds who asks (user, role, session or
 * token and its scopes) besides the document, operation name and variables, so
 * a template only ever serves the viewer whose request built it, and what that
 * viewer may see cannot differ between the two. A template is used while the
 * content epoch it was built at holds (any change to any roadmap row moves the
 * epoch, on every instance: it is read from the database), and its holes are
 * filled from the viewer's states read for this request: statuses and notes
 * are never kept.
 */

/** Larger answers are computed each time (and remembered as too large), so one huge roadmap cannot crowd out the rest. */
const MAX_TEMPLATE_SIZE = 4 * 1024 * 1024;

/** The key of a viewer's request, or undefined when it cannot be keyed (kept-request.ts). */
export function signedInAnswerKey(viewer: Viewer, request: KeptRequest): string | undefined {
  return keptRequestDigest(request, [viewer.userId, viewer.role, viewer.via, [...viewer.scopes].sort()]);
}

/** Keeps a template for the viewer; one over the size limit is remembered as too large instead. */
export function storeAnswerTemplate(viewer: Viewer, key: string, template: AnswerTemplate): void {
  keep(viewer.userId, key, template.size > MAX_TEMPLATE_SIZE ? "too-large" : template);
}

/** Remembers that this request's answer is too large to keep (too many holes): it runs in full from now on. */
export function markTooLargeToKeep(viewer: Viewer, key: string): void {
  keep(viewer.userId, key, "too-large");
}

/**
 * The answer from this viewer's template when there is one at the current epoch
 * (`json`); two statements, sent together: the epoch and the viewer's states.
 * Without a current template, the epoch if it was read (a stale template), for
 * the template the full run will build; `tooLarge` when this answer was found
 * too large to keep (the full run does not cut it up again).
 */
export async function answerFromTemplate(
  viewer: Viewer,
  key: string,
): Promise<{ json?: string; epoch?: string; tooLarge?: boolean }> {
  const template = keptFor(viewer.userId, key);
  if (template === undefined || template === "too-large") {
    keptAnswers().inc({ kind: "signed_in", result: "miss" });
    return { tooLarge: template === "too-large" };
  }
  let epoch: string;
  let states: ItemStates | null;
  try {
    [epoch, states] = await Promise.all([
      contentEpoch(),
      loadItemStates(viewer, template.roadmapIds).catch((error: unknown) => {
        // A refusal is the query's to give, with its path: the full run answers it.
        if (error instanceof DomainError) return null;
        throw error;
      }),
    ]);
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw error;
    // Whatever else went wrong here, the full run answers (and reports) it.
    logger.warn({ err: error }, "kept signed-in answer could not be filled");
    forget(viewer.userId, key, template);
    return {};
  }
  if (epoch !== template.epoch || !states) {
    keptAnswers().inc({ kind: "signed_in", result: epoch === template.epoch ? "miss" : "stale" });
    forget(viewer.userId, key, template);
    return { epoch };
  }
  keptAnswers().inc({ kind: "signed_in", result: "hit" });
  return { json: fillAnswerTemplate(template, states) };
}
