import "server-only";

import { computeCompletion } from "@/app/lib/shared/completion";
import type { SectionResolvers } from "../generated/resolvers-types";

export const Section: SectionResolvers = {
  items: (section) => section.items,
  progress: async (section, _args, ctx) => {
    if (!ctx.viewer) return null;
    const progress = await ctx.loaders.progress.load(section.roadmapId);
    return computeCompletion(
      section.allItems.map((item) => item.id),
      (id) => progress.get(id)?.status,
    );
  },
};
