import "server-only";

import { viewerSharedSkills } from "@/server/services/skills/viewer-shared-skills";
import type { RoadmapResolvers, SharedSkillResolvers } from "../generated/resolvers-types";
import { contentOf } from "./content";

export const roadmapSharedSkillFields: Pick<RoadmapResolvers, "viewerSharedSkills"> = {
  viewerSharedSkills: (roadmap, _args, ctx) => viewerSharedSkills(ctx.viewer, roadmap.id),
};

export const SharedSkill: SharedSkillResolvers = {
  skill: (shared) => ({ kind: "Skill", name: shared.name, title: shared.title }),
  roadmaps: (shared, _args, ctx) =>
    Promise.all(shared.roadmaps.map(async ({ id }) => (await contentOf(ctx, id)).roadmap)),
};
