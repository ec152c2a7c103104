import Link from "next/link";
import { forkOrigin } from "@/server/services/roadmaps/forks/fork-origin";
import type { RoadmapSummary } from "@/server/services/roadmaps/content/roadmap-content";
import type { MaybeViewer } from "@/server/services/viewer";

const textClass = "text-slate-700 dark:text-slate-300";

/** "Forked from <the original> by <its owner>", or, when the viewer may not see it or it is gone, that much. */
export async function ForkOriginLine({ viewer, roadmap }: { viewer: MaybeViewer; roadmap: RoadmapSummary }) {
  const origin = await forkOrigin(viewer, roadmap);
  if (!origin) return null;
  return (
    <p className={textClass} data-testid="fork-origin">
      {origin.kind === "visible" ? (
        <>
          Forked from{" "}
          <Link
            href={origin.path}
            className="font-medium text-indigo-700 underline underline-offset-2 dark:text-indigo-300"
          >
            {origin.title}
          </Link>
          {origin.ownerLogin ? ` by ${origin.ownerLogin}` : " (built in)"}
        </>
      ) : origin.kind === "hidden" ? (
        "Forked from a roadmap you cannot see"
      ) : (
        "Forked from a roadmap that was deleted"
      )}
    </p>
  );
}
