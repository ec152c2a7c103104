import "server-only";

import { computeCompletion } from "@/app/lib/shared/completion";
import { UNTOUCHED } from "@/app/lib/shared/plan/item-facts";
import { sectionDates } from "@/app/lib/shared/plan/section-dates";
import type { SectionModel } from "../models";
import type { GraphQLContext } from "../context";
import type { SectionResolvers } from "../generated/resolvers-types";
import { completionModel } from "./plan";

async function datesOf(section: SectionModel, ctx: GraphQLContext) {
  const facts = await ctx.loaders.itemFacts.load(section.roadmapId);
  return sectionDates(section.allItems.map((item) => facts.get(item.id) ?? UNTOUCHED));
}

export const Section: SectionResolvers = {
  items: (section) => section.items,
  progress: async (section, { timeZone }, ctx) => {
    if (!ctx.viewer) return null;
    const progress = await ctx.loaders.progress.load(section.roadmapId);
    const itemIds = section.allItems.map((item) => item.id);
    const completion = computeCompletion(itemIds, (id) => progress.get(id)?.status);
    return completionModel(completion, { roadmapId: section.roadmapId, itemIds, scope: "section" }, timeZone, ctx);
  },
  startedAt: async (section, _args, ctx) =>
    ctx.viewer ? ((await datesOf(section, ctx)).startedAt?.toISOString() ?? null) : null,
  completedAt: async (section, _args, ctx) =>
    ctx.viewer ? ((await datesOf(section, ctx)).completedAt?.toISOString() ?? null) : null,
};
