import "server-only";

import type { MaybeViewer } from "@/app/lib/services/viewer";
import { createLoaders, type Loaders } from "./loaders";

export interface GraphQLContext {
  viewer: MaybeViewer;
  loaders: Loaders;
  /** For a signed-out query: where its answer is to be kept (read before it runs; see signed-out-answers.ts). */
  signedOutAnswerKey?: string;
  /** The zone the browser reported (its tz cookie), else UTC: where plan fields cut days by default. */
  timeZone: string;
}

export function createContext(
  viewer: MaybeViewer,
  signedOutAnswerKey?: string,
  options: { timeZone?: string } = {},
): GraphQLContext {
  return { viewer, loaders: createLoaders(viewer), signedOutAnswerKey, timeZone: options.timeZone ?? "UTC" };
}
