import "server-only";

import { searchSkills } from "@/server/services/skills/search-skills";
import { skillId } from "@/server/services/skills/skill-record";
import { skillItemsPage } from "@/server/services/skills/skill-items-page";
import type {
  ItemResolvers,
  QueryResolvers,
  SkillConnectionResolvers,
  SkillResolvers,
} from "../generated/resolvers-types";
import { pageInfo } from "./connections";
import { findItem, itemOrThrow } from "./content";

export const Skill: SkillResolvers = {
  id: (skill) => skillId(skill.name),
  name: (skill) => skill.name,
  title: (skill) => skill.title,
  items: async (skill, args, ctx) => {
    const page = await skillItemsPage(ctx.viewer, skill.name, args);
    // The page read each item's roadmap: the items come from the roadmaps' content, one load each.
    for (const { node } of page.edges) ctx.loaders.roadmapIdOfItem.prime(node.itemId, node.roadmapId);
    const items = await Promise.all(page.edges.map(({ node }) => itemOrThrow(ctx, node.itemId)));
    return { ...page, edges: page.edges.map((edge, index) => ({ cursor: edge.cursor, node: items[index]! })) };
  },
  status: async (skill, _args, ctx) =>
    ctx.viewer ? ((await ctx.loaders.skillStatus.load(skill.name))?.status ?? "NOT_STARTED") : "NOT_STARTED",
};

export const SkillConnection: SkillConnectionResolvers = {
  nodes: (page) => page.edges.map((edge) => edge.node),
  pageInfo: (page) => pageInfo(page),
};

export const skillQueryFields: Pick<QueryResolvers, "skill" | "skills"> = {
  skill: (_parent, { name }, ctx) => ctx.loaders.skill.load(name),
  skills: (_parent, args, ctx) => searchSkills(ctx.viewer, args),
};

export const itemSkillFields: Pick<ItemResolvers, "skill" | "statusSource"> = {
  // A skill outside the catalogue (only unlisted or private roadmaps claim it) is titled after this item.
  skill: async (item, _args, ctx) =>
    item.skill
      ? ((await ctx.loaders.skill.load(item.skill)) ?? { kind: "Skill", name: item.skill, title: item.title })
      : null,
  // Where the item's status came from, as the roadmap's states say (the viewer's roadmaps read with the
  // item's statuses); the item itself through findItem, which filters by what the viewer may see.
  statusSource: async (item, _args, ctx) => {
    if (!item.skill || !ctx.viewer) return null;
    const source = (await ctx.loaders.skillSources.load(item.roadmapId)).get(item.id);
    return source ? findItem(ctx, source.itemId) : null;
  },
};
