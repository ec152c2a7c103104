import "server-only";

import type {
  ItemNode,
  ResourceNode,
  RoadmapContent,
  RoadmapSummary,
  SectionNode,
} from "@/server/services/roadmaps/content/roadmap-content";
import type { CohortView } from "@/server/services/cohorts/cohort-access";
import { hasScope } from "@/server/services/viewer";
import { parseTranslatedResourceId } from "@/server/services/roadmaps/content/translated-content";
import { skillNameOfId, type SkillRecord } from "@/server/services/skills/skill-record";
import type { NodeResolvers } from "../generated/resolvers-types";
import type { GraphQLContext } from "../context";

type NodeModel = RoadmapSummary | SectionNode | ItemNode | ResourceNode | CohortView | SkillRecord;

/**
 * Any roadmap, section, item or resource the viewer may see, or cohort they are
 * in (with a token, only with COHORTS: without it a cohort is null, as an id that
 * does not exist), by id; null otherwise.
 */
export async function findNode(ctx: GraphQLContext, id: string): Promise<NodeModel | null> {
  const skillName = skillNameOfId(id);
  if (skillName !== null) return ctx.loaders.skill.load(skillName);
  const translated = parseTranslatedResourceId(id);
  if (translated) return findTranslatedResource(ctx, id, translated);
  const ref = await ctx.loaders.nodeRef.load(id);
  if (!ref) return ctx.viewer && hasScope(ctx.viewer, "COHORTS") ? ctx.loaders.cohort.load(id) : null;
  const content = await ctx.loaders.content.load(ref.roadmapId);
  if (!content) return null;
  if (ref.type === "Roadmap") return content.roadmap;
  if (ref.type === "Section") return content.sections.find((section) => section.id === id) ?? null;
  if (ref.type === "Item") return content.itemById.get(id) ?? null;
  // A resource of the roadmap itself, or of a live item (an item's resources go with it when it is retired).
  return resourceIn(content, id);
}

/** A resource of a translation (its id names the roadmap and the language), if the viewer may see the roadmap. */
async function findTranslatedResource(
  ctx: GraphQLContext,
  id: string,
  { roadmapId, language }: { roadmapId: string; language: string },
): Promise<ResourceNode | null> {
  const content = await ctx.loaders.contentIn.load(roadmapId, language);
  if (!content || content.roadmap.language !== language) return null;
  return resourceIn(content, id);
}

/** A resource of the roadmap itself, or of one of its live items, by id. */
function resourceIn(content: RoadmapContent, id: string): ResourceNode | null {
  return (
    content.resources.find((resource) => resource.id === id) ??
    content.items.flatMap((item) => item.resources).find((resource) => resource.id === id) ??
    null
  );
}

// The service models carry no type name; their shapes tell them apart.
export const Node: NodeResolvers = {
  __resolveType: (node) => {
    if ("viewerRole" in node) return "Cohort";
    if ("kind" in node && node.kind === "Skill") return "Skill";
    if ("visibility" in node) return "Roadmap";
    if ("allItems" in node) return "Section";
    if ("children" in node) return "Item";
    return "Resource";
  },
};
