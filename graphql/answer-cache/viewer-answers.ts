import "server-only";

import { LRUCache } from "lru-cache";
import { isDatabaseUnavailable } from "@/server/platform/database-unavailable";
import { logger } from "@/server/platform/logger";
import { answerCacheLookups } from "@/server/platform/metrics";
import { loadItemStates, type ItemStates } from "@/server/services/progress/load-item-states";
import type { Viewer } from "@/server/services/viewer";
import { DomainError } from "@/shared/errors";
import { fillAnswerTemplate, type AnswerTemplate } from "./answer-template";
import { stillCurrent } from "./still-current";

/*
 * Signed-in answers, cached as templates (answer-template.ts) in this process,
 * on a entries per viewer: the key holds who asks (answer-key.ts), so a template
 * only ever serves the viewer whose request built it. It is used while the
 * roadmap lookups it made still find the same (roadmap-reads.ts, checked on
 * every use), and its gaps are filled from the viewer's states read for this
 * request: statuses and notes are never cached.
 *
 * One LRU bounded by total size holds the shelves. A entries holds a viewer's
 * few most recent templates, so one learner sending endless variations of a
 * query (unused variables, aliases) only ever replaces their own, and cannot
 * push everyone else's out. A query whose answer was too large to cache is
 * remembered as such, so its repeats are not cut up again only to be thrown away.
 */

/** Templates cached per viewer: a page, its repeats, a few API scripts. */
const PER_VIEWER = 8;
const TOTAL_BYTES = 64 * 1024 * 1024;
const TOO_LARGE_BYTES = 64;

type Entry = AnswerTemplate | "too-large";
/** Larger answers are computed each time (and remembered as too large), so one huge roadmap cannot crowd out the rest. */
const MAX_TEMPLATE_SIZE = 4 * 1024 * 1024;

interface ViewerEntries {
  byKey: Map<string, Entry>;
  size: number;
}

const GLOBAL_KEY = Symbol.for("waymark.viewerAnswers");
type GlobalWithViewerAnswers = typeof globalThis & { [GLOBAL_KEY]?: LRUCache<string, ViewerEntries> };

export function viewerAnswerStore(): LRUCache<string, ViewerEntries> {
  const holder = globalThis as GlobalWithViewerAnswers;
  holder[GLOBAL_KEY] ??= new LRUCache<string, ViewerEntries>({
    max: 10_000,
    maxSize: TOTAL_BYTES,
    sizeCalculation: (entries) => Math.max(1, entries.size),
    ttl: 3600 * 1000,
  });
  return holder[GLOBAL_KEY];
}

const sizeOf = (entry: Entry) => (entry === "too-large" ? TOO_LARGE_BYTES : entry.size);

/** Stores the viewer's entries again, so the LRU counts its new size (or drops it when empty). */
function put(userId: string, entries: ViewerEntries) {
  entries.size = [...entries.byKey.values()].reduce((sum, entry) => sum + sizeOf(entry), 0);
  if (entries.byKey.size === 0) viewerAnswerStore().delete(userId);
  else viewerAnswerStore().set(userId, entries);
}

function entryFor(userId: string, key: string): Entry | undefined {
  const entries = viewerAnswerStore().get(userId);
  const entry = entries?.byKey.get(key);
  if (entries && entry !== undefined) {
    // Most recently used last: the first entry is the one to go.
    entries.byKey.delete(key);
    entries.byKey.set(key, entry);
  }
  return entry;
}

function putEntry(userId: string, key: string, entry: Entry): void {
  const entries = viewerAnswerStore().get(userId) ?? { byKey: new Map<string, Entry>(), size: 0 };
  entries.byKey.delete(key);
  entries.byKey.set(key, entry);
  while (entries.byKey.size > PER_VIEWER) entries.byKey.delete(entries.byKey.keys().next().value!);
  put(userId, entries);
}

/** Drops `entry` under `key`, unless another request has already cached something newer there. */
function dropEntry(userId: string, key: string, entry: Entry): void {
  const entries = viewerAnswerStore().peek(userId);
  if (!entries || entries.byKey.get(key) !== entry) return;
  entries.byKey.delete(key);
  put(userId, entries);
}

/** Caches a template for the viewer; one over the size limit, or too large to cut ("too-large"), is remembered as such. */
export function storeViewerAnswer(viewer: Viewer, key: string, template: AnswerTemplate | "too-large"): void {
  putEntry(viewer.userId, key, template !== "too-large" && template.size > MAX_TEMPLATE_SIZE ? "too-large" : template);
}

/**
 * The answer's bytes from this viewer's template, when there is one and it is
 * still current; two statements, sent together: the check of the roadmaps it
 * read and the viewer's states. `tooLarge` when this answer was found too large
 * to cache (the full run does not cut it up again).
 */
export async function findViewerAnswer(
  viewer: Viewer,
  key: string,
): Promise<{ bytes?: Uint8Array<ArrayBuffer>; tooLarge?: boolean }> {
  const template = entryFor(viewer.userId, key);
  if (template === undefined || template === "too-large") {
    answerCacheLookups().inc({ kind: "signed_in", result: "miss" });
    return { tooLarge: template === "too-large" };
  }
  let current: boolean;
  let states: ItemStates | null;
  try {
    [current, states] = await Promise.all([
      stillCurrent(viewer, template.reads),
      loadItemStates(viewer, template.roadmapIds).catch((error: unknown) => {
        // A refusal is the query's to give, with its path: the full run answers it.
        if (error instanceof DomainError) return null;
        throw error;
      }),
    ]);
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw error;
    // Whatever else went wrong here, the full run answers (and reports) it.
    logger.warn({ err: error }, "cached signed-in answer could not be filled");
    dropEntry(viewer.userId, key, template);
    return {};
  }
  if (!current || !states) {
    answerCacheLookups().inc({ kind: "signed_in", result: current ? "miss" : "stale" });
    dropEntry(viewer.userId, key, template);
    return {};
  }
  answerCacheLookups().inc({ kind: "signed_in", result: "hit" });
  return { bytes: fillAnswerTemplate(template, states) };
}
