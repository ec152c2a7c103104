import "server-only";

import type { MaybeViewer } from "@/app/lib/services/viewer";
import { createLoaders, type Loaders } from "./loaders";
import type { AnswerHoles } from "./signed-in-answers/answer-holes";

export interface GraphQLContext {
  viewer: MaybeViewer;
  loaders: Loaders;
  /**
   * Set by the route handler: the answer is written out by Apollo's HTTP layer
   * (answer-text.ts), so a kept answer may be served as its text and a signed-in
   * answer kept as a template (the plugins in ./plugins).
   */
  servedOverHttp?: boolean;
  /** Set when this query's answer is being kept: where the viewer's values sit (answer-holes.ts). */
  answerHoles?: AnswerHoles;
  /** The zone the browser reported (its tz cookie), else UTC: where plan fields cut days by default. */
  timeZone: string;
}

export function createContext(
  viewer: MaybeViewer,
  options: { timeZone?: string; servedOverHttp?: boolean } = {},
): GraphQLContext {
  return {
    viewer,
    loaders: createLoaders(viewer),
    servedOverHttp: options.servedOverHttp,
    timeZone: options.timeZone ?? "UTC",
  };
}
