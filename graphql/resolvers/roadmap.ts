import "server-only";

import { badgePath } from "@/server/services/profile/profile-login";
import { exportRoadmap } from "@/server/services/roadmaps/export/export-roadmap";
import { roadmapSkillClaims } from "@/server/services/skills/roadmap-skill-claims";
import { roadmapSharedSkillFields } from "./shared-skills";
import { calendarPath } from "@/shared/calendar/calendar-address";
import { computeCompletion } from "@/shared/completion";
import type { RoadmapResolvers } from "../generated/resolvers-types";
import { contentOf } from "./content";
import { completionModel } from "./plan";
import { prefetchViewerStates } from "./viewer-states";
import { roadmapTranslationFields, servedContentOf } from "./translations";

export const Roadmap: RoadmapResolvers = {
  sections: async (roadmap, _args, ctx, info) => {
    const [content] = await Promise.all([servedContentOf(ctx, roadmap), prefetchViewerStates(ctx, roadmap.id, info)]);
    return content.sections;
  },
  items: async (roadmap, _args, ctx, info) => {
    const [content] = await Promise.all([servedContentOf(ctx, roadmap), prefetchViewerStates(ctx, roadmap.id, info)]);
    return content.items;
  },
  itemCount: async (roadmap, _args, ctx) => (await contentOf(ctx, roadmap.id)).items.length,
  resources: async (roadmap, _args, ctx) => (await servedContentOf(ctx, roadmap)).resources,
  progress: async (roadmap, { timeZone }, ctx) => {
    if (!ctx.viewer) return null;
    const [content, progress] = await Promise.all([contentOf(ctx, roadmap.id), ctx.loaders.progress.load(roadmap.id)]);
    const itemIds = content.items.map((item) => item.id);
    const completion = computeCompletion(itemIds, (id) => progress.get(id)?.status);
    return completionModel(completion, { roadmapId: roadmap.id, itemIds, scope: "roadmap" }, timeZone, ctx);
  },
  visibility: (roadmap) => roadmap.visibility,
  owner: (roadmap) => roadmap.ownerLogin,
  forkedFrom: async (roadmap, _args, ctx) =>
    roadmap.forkedFromId ? ((await ctx.loaders.content.load(roadmap.forkedFromId))?.roadmap ?? null) : null,
  markdown: async (roadmap, _args, ctx) => (await ctx.loaders.markdown.load(roadmap.id)) ?? "",
  export: (roadmap, { format }, ctx) => exportRoadmap(ctx.viewer, { roadmapId: roadmap.id, format }),
  viewerCanEdit: (roadmap, _args, ctx) =>
    roadmap.ownerId === null
      ? ctx.viewer?.role === "ADMIN" && ctx.viewer.via === "session"
      : roadmap.ownerId === ctx.viewer?.userId,
  path: (roadmap) => `/roadmaps/${roadmap.slug}`,
  skillClaims: (roadmap, _args, ctx) => roadmapSkillClaims(ctx.viewer, roadmap),
  ...roadmapSharedSkillFields,
  ...roadmapTranslationFields,
  history: async (roadmap, { days, timeZone }, ctx) => {
    if (!ctx.viewer) return null;
    const content = await contentOf(ctx, roadmap.id);
    return ctx.loaders.history.load({
      roadmapId: roadmap.id,
      total: content.items.length,
      days: days ?? 365,
      timeZone: timeZone ?? "UTC",
    });
  },
  badgeUrl: async (roadmap, _args, ctx) => {
    if (!ctx.viewer) return null;
    const login = (await ctx.loaders.users.load(ctx.viewer.userId))?.login;
    return login ? badgePath(login, roadmap.slug) : null;
  },
  calendarUrl: (roadmap, _args, ctx) => (ctx.viewer ? calendarPath(roadmap.slug) : null),
};
