import "server-only";

import type { ProgressMap } from "@/app/lib/services/progress/load-progress";
import { computeCompletion } from "@/app/lib/shared/completion";
import type { SectionResolvers } from "../generated/resolvers-types";

export const Section: SectionResolvers = {
  items: (section) => section.items,
  progress: (section, _args, ctx) => {
    if (!ctx.viewer) return null;
    const completion = (progress: ProgressMap) =>
      computeCompletion(
        section.allItems.map((item) => item.id),
        (id) => progress.get(id)?.status,
      );
    // Synchronous once the roadmap's states are loaded (its sections resolver loads them first).
    const ready = ctx.loaders.readyItemStates(section.roadmapId);
    return ready ? completion(ready.progress) : ctx.loaders.progress.load(section.roadmapId).then(completion);
  },
};
