import "server-only";

import type { RoadmapSummary } from "@/server/services/roadmaps/content/roadmap-content";
import {
  deleteRoadmapTranslation,
  saveRoadmapTranslation,
} from "@/server/services/roadmaps/translations/save-roadmap-translation";
import type { MutationResolvers, RoadmapResolvers, RoadmapTranslationResolvers } from "../generated/resolvers-types";
import type { GraphQLContext } from "../context";
import { contentOf, forgetRoadmap } from "./content";

/** The roadmap's content in the language it is served in (Roadmap.language). */
export async function servedContentOf(ctx: GraphQLContext, roadmap: RoadmapSummary) {
  if (roadmap.language === roadmap.originalLanguage) return contentOf(ctx, roadmap.id);
  return (await ctx.loaders.contentIn.load(roadmap.id, roadmap.language)) ?? contentOf(ctx, roadmap.id);
}

export const roadmapTranslationFields: Pick<RoadmapResolvers, "language" | "originalLanguage" | "translations"> = {
  language: (roadmap) => roadmap.language,
  originalLanguage: (roadmap) => roadmap.originalLanguage,
  translations: async (roadmap, _args, ctx) =>
    (await contentOf(ctx, roadmap.id)).translations.map((translation) => ({
      ...translation,
      roadmapId: roadmap.id,
      slug: roadmap.slug,
    })),
};

export const RoadmapTranslation: RoadmapTranslationResolvers = {
  updatedAt: (translation) => translation.updatedAt.toISOString(),
  markdown: async (translation, _args, ctx) =>
    (await ctx.loaders.translationMarkdown.load({
      roadmapId: translation.roadmapId,
      language: translation.language,
    })) ?? "",
  path: (translation) => `/roadmaps/${translation.slug}?language=${encodeURIComponent(translation.language)}`,
};

export const translationMutations: Pick<MutationResolvers, "saveRoadmapTranslation" | "deleteRoadmapTranslation"> = {
  saveRoadmapTranslation: async (_parent, { input }, ctx) => {
    const { roadmapId, language } = await saveRoadmapTranslation(ctx.viewer, input);
    forget(ctx, roadmapId);
    return (await ctx.loaders.contentIn.load(roadmapId, language))!.roadmap;
  },
  deleteRoadmapTranslation: async (_parent, { input }, ctx) => {
    const { roadmapId } = await deleteRoadmapTranslation(ctx.viewer, input);
    forget(ctx, roadmapId);
    return (await contentOf(ctx, roadmapId)).roadmap;
  },
};

/** A write bumped the content version: this request reads the roadmap again. */
function forget(ctx: GraphQLContext, roadmapId: string) {
  forgetRoadmap(ctx, roadmapId);
  ctx.loaders.contentIn.clearAll();
  ctx.loaders.translationMarkdown.clearAll();
}
