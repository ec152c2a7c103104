import "server-only";

import type { ProgressMap } from "@/server/services/progress/load-progress";
import { computeCompletion } from "@/shared/completion";
import { UNTOUCHED } from "@/shared/plan/item-facts";
import { sectionDates } from "@/shared/plan/section-dates";
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
  progress: (section, { timeZone }, ctx) => {
    if (!ctx.viewer) return null;
    const itemIds = section.allItems.map((item) => item.id);
    const completion = (progress: ProgressMap) =>
      completionModel(
        computeCompletion(itemIds, (id) => progress.get(id)?.status),
        { roadmapId: section.roadmapId, itemIds, scope: "section" },
        timeZone,
        ctx,
      );
    // Synchronous once the roadmap's states are loaded (its sections resolver loads them first).
    const ready = ctx.loaders.readyItemStates(section.roadmapId);
    return ready ? completion(ready.progress) : ctx.loaders.progress.load(section.roadmapId).then(completion);
  },
  startedAt: async (section, _args, ctx) =>
    ctx.viewer ? ((await datesOf(section, ctx)).startedAt?.toISOString() ?? null) : null,
  completedAt: async (section, _args, ctx) =>
    ctx.viewer ? ((await datesOf(section, ctx)).completedAt?.toISOString() ?? null) : null,
};
