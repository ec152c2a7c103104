import "server-only";

import type { ImportRoadmapPayloadResolvers } from "../generated/resolvers-types";
import { contentOf } from "./content";

export const ImportRoadmapPayload: ImportRoadmapPayloadResolvers = {
  roadmap: async (payload, _args, ctx) => (await contentOf(ctx, payload.roadmapId)).roadmap,
};
