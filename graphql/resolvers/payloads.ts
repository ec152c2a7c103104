import "server-only";

import type { ImportRoadmapPayloadResolvers, SaveRoadmapPayloadResolvers } from "../generated/resolvers-types";
import { summaryOf } from "./content";

export const ImportRoadmapPayload: ImportRoadmapPayloadResolvers = {
  roadmap: (payload, _args, ctx) => summaryOf(ctx, payload.roadmapId),
};

export const SaveRoadmapPayload: SaveRoadmapPayloadResolvers = {
  // The saved roadmap's tree is built only if the answer asks for its items (an editor's
  // save asks for its address): a save of a large roadmap would otherwise pay for it twice.
  roadmap: (payload, _args, ctx) => (payload.roadmapId ? summaryOf(ctx, payload.roadmapId) : null),
  added: (payload) => payload.counts.ADDED,
  moved: (payload) => payload.counts.MOVED,
  renamed: (payload) => payload.counts.RENAMED,
  retired: (payload) => payload.counts.RETIRED,
  restoredStatuses: (payload) => payload.restored,
};
