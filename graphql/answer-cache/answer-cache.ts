import "server-only";

import type { FormattedExecutionResult } from "graphql";
import { isDatabaseUnavailable } from "@/server/platform/database-unavailable";
import { logger } from "@/server/platform/logger";
import { answerCacheLookups } from "@/server/platform/metrics";
import type { MaybeViewer } from "@/server/services/viewer";
import type { AnswerRecording } from "./answer-recording";
import { answerTemplate } from "./answer-template";
import { answerText } from "./answer-text";
import { findSharedAnswer, storeSharedAnswer } from "./shared-answers";
import { stillCurrent } from "./still-current";
import { findViewerAnswer, storeViewerAnswer } from "./viewer-answers";

/*
 * The answer cache, for the plugin that serves from it (answer-cache-plugin.ts):
 * find an answer by its key (answer-key.ts) and cache one. Signed out, answers
 * are shared by everyone and kept whole (shared-answers.ts); signed in, each
 * viewer's are kept as templates filled with their states (viewer-answers.ts).
 * Either is served only once the roadmap lookups it made are checked to find
 * the same roadmaps at the same versions (roadmap-reads.ts, still-current.ts).
 */

export interface FoundAnswer {
  /** The answer's bytes, byte for byte what a full run sends (answer-text.ts). */
  bytes?: Uint8Array<ArrayBuffer>;
  /** This answer was found too large to cache: the full run does not record it again. */
  tooLarge?: boolean;
}

/** A lookup that failed is a miss, and the full run answers; a failure that is not the database's is logged. */
function asMiss<T>(fallback: T) {
  return (error: unknown): T => {
    if (!isDatabaseUnavailable(error)) logger.warn({ err: error }, "answer cache lookup failed");
    return fallback;
  };
}

/** The cached answer under `key`, when there is one still current. Never throws: a failure is a miss. */
export async function findCachedAnswer(viewer: MaybeViewer, key: string): Promise<FoundAnswer> {
  if (viewer) return findViewerAnswer(viewer, key).catch(asMiss({}));
  const found = await findSharedAnswer(key).catch(asMiss(undefined));
  const current = found !== undefined && (await stillCurrent(null, found.reads).catch(asMiss(false)));
  answerCacheLookups().inc({ kind: "signed_out", result: current ? "hit" : found ? "stale" : "miss" });
  return current ? { bytes: found.bytes } : {};
}

/**
 * Caches a successful answer under `key`, with the lookups `recording` saw
 * (and, signed in, where the viewer's values sit). An answer whose lookups
 * cannot be checked later, or that does not have the shape recorded, is not
 * cached. Never throws: an answer not cached is computed again next time.
 */
export async function cacheAnswer(
  viewer: MaybeViewer,
  key: string,
  result: FormattedExecutionResult,
  recording: AnswerRecording,
): Promise<void> {
  const reads = recording.reads.stamp();
  if (!reads || result.errors?.length) return;
  if (!viewer) {
    await storeSharedAnswer(key, reads, answerText(result)).catch(() => undefined);
    return;
  }
  const values = recording.viewerValues;
  if (!values) return;
  if (values.overflowed) return storeViewerAnswer(viewer, key, "too-large");
  const template = answerTemplate(result, values.values, values.roadmapIds, reads);
  if (template) storeViewerAnswer(viewer, key, template);
}
