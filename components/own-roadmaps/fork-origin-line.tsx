import Link from "next/link";
import { pageTranslations } from "@/server/i18n/server-translator";
import { forkOrigin } from "@/server/services/roadmaps/forks/fork-origin";
import type { RoadmapSummary } from "@/server/services/roadmaps/content/roadmap-content";
import type { MaybeViewer } from "@/server/services/viewer";

const textClass = "text-slate-700 dark:text-slate-300";

/** "Forked from <the original> by <its owner>", or, when the viewer may not see it or it is gone, that much. */
export async function ForkOriginLine({ viewer, roadmap }: { viewer: MaybeViewer; roadmap: RoadmapSummary }) {
  const [origin, t] = await Promise.all([forkOrigin(viewer, roadmap), pageTranslations("RoadmapActions")]);
  if (!origin) return null;
  return (
    <p className={textClass} data-testid="fork-origin">
      {origin.kind === "visible"
        ? t.rich(origin.ownerLogin ? "forkedFrom" : "forkedFromBuiltIn", {
            title: origin.title,
            owner: origin.ownerLogin ?? "",
            link: (chunks) => (
              <Link
                href={origin.path}
                className="font-medium text-indigo-700 underline underline-offset-2 dark:text-indigo-300"
              >
                {chunks}
              </Link>
            ),
          })
        : t(origin.kind === "hidden" ? "forkedFromHidden" : "forkedFromDeleted")}
    </p>
  );
}
