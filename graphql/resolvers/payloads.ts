import "server-only";

import type { ImportRoadmapPayloadResolvers, SaveRoadmapPayloadResolvers } from "../generated/resolvers-types";
import { contentOf } from "./content";

export const ImportRoadmapPayload: ImportRoadmapPayloadResolvers = {
  roadmap: async (payload, _args, ctx) => (await contentOf(ctx, payload.roadmapId)).roadmap,
};

export const SaveRoadmapPayload: SaveRoadmapPayloadResolvers = {
  roadmap: async (payload, _args, ctx) =>
    payload.roadmapId ? (await contentOf(ctx, payload.roadmapId)).roadmap : null,
  added: (payload) => payload.counts.ADDED,
  moved: (payload) => payload.counts.MOVED,
  renamed: (payload) => payload.counts.RENAMED,
  retired: (payload) => payload.counts.RETIRED,
  restoredStatuses: (payload) => payload.restored,
};
