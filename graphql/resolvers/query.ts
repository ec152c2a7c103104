import "server-only";

import { publicProfile } from "@/server/services/profile/public-profile";
import { listExploreRoadmaps } from "@/server/services/roadmaps/listing/list-explore-roadmaps";
import type { QueryResolvers } from "../generated/resolvers-types";
import { findItem } from "./content";
import { findNode } from "./node";

export const Query: QueryResolvers = {
  roadmaps: (_parent, _args, ctx) => ctx.loaders.builtInRoadmaps(),
  explore: (_parent, args) => listExploreRoadmaps(args),
  roadmap: async (_parent, { slug }, ctx) => {
    const ref = await ctx.loaders.roadmapRefBySlug.load(slug);
    return ref ? ((await ctx.loaders.content.load(ref.id))?.roadmap ?? null) : null;
  },
  item: (_parent, { id }, ctx) => findItem(ctx, id),
  node: (_parent, { id }, ctx) => findNode(ctx, id),
  viewer: (_parent, _args, ctx) => ctx.viewer,
  profile: (_parent, { login }) => publicProfile(login),
};
