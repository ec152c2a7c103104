import "server-only";

import type { MaybeViewer } from "@/app/lib/services/viewer";
import { createLoaders, type Loaders } from "./loaders";

export interface GraphQLContext {
  viewer: MaybeViewer;
  loaders: Loaders;
}

export function createContext(viewer: MaybeViewer): GraphQLContext {
  return { viewer, loaders: createLoaders(viewer) };
}
