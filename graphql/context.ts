import "server-only";

import type { MaybeViewer } from "@/server/services/viewer";
import { createLoaders, type Loaders } from "./loaders";
import { AnswerRecording } from "./answer-cache/answer-recording";

export interface GraphQLContext {
  viewer: MaybeViewer;
  loaders: Loaders;
  /**
   * Set by the route handler: the answer is written out by Apollo's HTTP layer
   * (answer-cache/answer-text.ts), so it may be served from the answer cache
   * and cached (answer-cache/answer-cache-plugin.ts).
   */
  servedOverHttp?: boolean;
  /** What this request reads, as the answer cache needs to know it (recorded by the loaders and viewerValue()). */
  answerCache: AnswerRecording;
  /** The zone the browser reported (its tz cookie), else UTC: where plan fields cut days by default. */
  timeZone: string;
  /**
   * The request's language (the viewer's saved locale, else the locale cookie, else
   * Accept-Language): roadmap(slug) serves a translation into it. Null: as written.
   */
  language: string | null;
}

export function createContext(
  viewer: MaybeViewer,
  options: { timeZone?: string; servedOverHttp?: boolean; language?: string | null } = {},
): GraphQLContext {
  const answerCache = new AnswerRecording();
  return {
    viewer,
    loaders: createLoaders(viewer, answerCache.reads),
    answerCache,
    servedOverHttp: options.servedOverHttp,
    timeZone: options.timeZone ?? "UTC",
    language: options.language ?? viewer?.locale ?? null,
  };
}
