import "server-only";

import { RoadmapReads } from "./roadmap-reads";
import type { ViewerValues } from "./viewer-values";

/** What a request records for the answer cache while it runs (kept in its GraphQL context). */
export class AnswerRecording {
  /** The roadmap lookups made, by the request's loaders: what a cached answer depends on. */
  readonly reads = new RoadmapReads();
  /** Set when this signed-in answer is being cached: where the viewer's values sit. */
  viewerValues?: ViewerValues;
  /** Set when the answer is served from the cache: its bytes, sent in place of Apollo's text (answer-text.ts). */
  served?: Uint8Array<ArrayBuffer>;
}
