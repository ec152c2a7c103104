import "server-only";

import type { MaybeViewer } from "@/app/lib/services/viewer";
import { createLoaders, type Loaders } from "./loaders";
import type { AnswerHoles } from "./signed-in-answers/answer-holes";

/**
 * For a signed-in query: under which key its answer may be kept as a template,
 * and the content epoch when already read (else read before the query runs).
 */
export interface SignedInAnswerSlot {
  key: string;
  epoch?: string;
}

export interface GraphQLContext {
  viewer: MaybeViewer;
  loaders: Loaders;
  /** For a signed-out query: where its answer is to be kept (read before it runs; see signed-out-answers.ts). */
  signedOutAnswerKey?: string;
  /** For a signed-in query whose answer may be kept (see SignedInAnswerSlot). */
  signedInAnswer?: SignedInAnswerSlot;
  /** Set when this query's answer is being kept: where the viewer's values sit (answer-holes.ts). */
  answerHoles?: AnswerHoles;
  /** The zone the browser reported (its tz cookie), else UTC: where plan fields cut days by default. */
  timeZone: string;
}

export function createContext(
  viewer: MaybeViewer,
  signedOutAnswerKey?: string,
  options: { timeZone?: string; signedInAnswer?: SignedInAnswerSlot } = {},
): GraphQLContext {
  return {
    viewer,
    loaders: createLoaders(viewer),
    signedOutAnswerKey,
    signedInAnswer: options.signedInAnswer,
    timeZone: options.timeZone ?? "UTC",
  };
}
