import "server-only";

import { publicProfile } from "@/server/services/profile/public-profile";
import { listExploreRoadmaps } from "@/server/services/roadmaps/listing/list-explore-roadmaps";
import type { QueryResolvers } from "../generated/resolvers-types";
import { findItem } from "./content";
import { findNode } from "./node";
import { requireScope } from "@/server/services/viewer";
import { previewCohortInvite } from "@/server/services/cohorts/preview-cohort-invite";
import { skillQueryFields } from "./skill";
import { skillSuggestionQueryFields } from "./skill-suggestions";

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
  // Signed out: null, as for a cohort the viewer is not in; a token needs COHORTS whatever the id.
  cohort: (_parent, { id }, ctx) => {
    if (!ctx.viewer) return null;
    requireScope(ctx.viewer, "COHORTS");
    return ctx.loaders.cohort.load(id);
  },
  cohortInvite: (_parent, args, ctx) => previewCohortInvite(ctx.viewer, args),
  ...skillQueryFields,
  ...skillSuggestionQueryFields,
};
