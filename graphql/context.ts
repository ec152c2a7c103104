import "server-only";

import type { MaybeViewer } from "@/app/lib/services/viewer";
import { createLoaders, type Loaders } from "./loaders";

export interface GraphQLContext {
  viewer: MaybeViewer;
  loaders: Loaders;
  /** The zone the browser reported (its tz cookie), else UTC: where plan fields cut days by default. */
  timeZone: string;
}

export function createContext(viewer: MaybeViewer, options: { timeZone?: string } = {}): GraphQLContext {
  return { viewer, loaders: createLoaders(viewer), timeZone: options.timeZone ?? "UTC" };
}
