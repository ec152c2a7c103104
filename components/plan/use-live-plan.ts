import { useEffect, useState } from "react";
import type { Plan } from "@/shared/plan/plan-roadmap";
import type { WatchedPlan } from "./watch-roadmap-plan";

/**
 * The plan as it is now: the server's until the browser's GraphQL client has
 * loaded (outside the first-load JavaScript), then whatever its cache holds,
 * which every write on the page refreshes. A newer plan from the server (a
 * refresh of the page's data) replaces what the cache held.
 */
export function useLivePlan(watched: WatchedPlan): Plan {
  const { roadmapId, slug, timeZone, plan } = watched;
  const [live, setLive] = useState<{ from: Plan; plan: Plan } | null>(null);
  useEffect(() => {
    let stop: (() => void) | null = null;
    let stopped = false;
    import("./watch-roadmap-plan")
      .then(({ watchRoadmapPlan }) =>
        watchRoadmapPlan({ roadmapId, slug, timeZone, plan }, (next) => setLive({ from: plan, plan: next })),
      )
      .then(
        (unsubscribe) => {
          if (stopped) unsubscribe();
          else stop = unsubscribe;
        },
        // Without the client the server's plan stays; the checklist reports the failed load.
        () => {},
      );
    return () => {
      stopped = true;
      stop?.();
    };
  }, [roadmapId, slug, timeZone, plan]);
  return live?.from === plan ? live.plan : plan;
}
