import "server-only";

import { BadInputError } from "@/shared/errors";
import { canonicalLanguageTag } from "@/shared/roadmap-markdown/link-language";
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
  roadmap: async (_parent, { slug, language }, ctx) => {
    const wanted = language === undefined || language === null ? ctx.language : languageArgument(language);
    const ref = await ctx.loaders.roadmapRefBySlug.load(slug);
    if (!ref) return null;
    const content = wanted ? await ctx.loaders.contentIn.load(ref.id, wanted) : await ctx.loaders.content.load(ref.id);
    return content?.roadmap ?? null;
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

/** roadmap(language:) as a canonical tag; a malformed one is the client's mistake. */
function languageArgument(language: string): string {
  const tag = canonicalLanguageTag(language);
  if (!tag)
    throw new BadInputError("language must be a BCP 47 tag, for example es or pt-BR.", {
      fields: { language: "is not a language tag" },
    });
  return tag;
}
