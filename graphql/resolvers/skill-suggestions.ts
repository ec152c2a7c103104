import "server-only";

import { suggestSkills } from "@/server/services/skills/suggest-skills";
import type { QueryResolvers } from "../generated/resolvers-types";

/** Query.skillSuggestions: the service's suggestions, each example with its roadmap's page. */
export const skillSuggestionQueryFields: Pick<QueryResolvers, "skillSuggestions"> = {
  skillSuggestions: async (_parent, args, ctx) =>
    (await suggestSkills(ctx.viewer, args)).map(({ example: { roadmapSlug, ...example }, ...suggestion }) => ({
      ...suggestion,
      example: { ...example, roadmapPath: `/roadmaps/${roadmapSlug}` },
    })),
};
