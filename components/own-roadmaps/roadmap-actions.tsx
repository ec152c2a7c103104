import Link from "next/link";
import type { RoadmapSummary } from "@/app/lib/services/roadmaps/roadmap-content";
import type { MaybeViewer } from "@/app/lib/services/viewer";
import { ForkButton } from "./fork-button";
import { OwnerControls } from "./owner-controls";
import { VisibilityBadge } from "./visibility-badge";

const EXPORTS = [
  { format: "markdown", label: "Markdown" },
  { format: "json", label: "JSON" },
  { format: "csv", label: "CSV" },
] as const;

const linkClass =
  "rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800";

/** The bar under a roadmap's title: who owns it and who sees it, and what the viewer may do with it. */
export function RoadmapActions({ viewer, roadmap }: { viewer: MaybeViewer; roadmap: RoadmapSummary }) {
  const owner = viewer !== null && roadmap.ownerId === viewer.userId;
  const adminOfBuiltIn = roadmap.ownerId === null && viewer?.role === "ADMIN";
  const editPath = `/roadmaps/${roadmap.slug}/edit`;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm" data-testid="roadmap-actions">
      {roadmap.ownerLogin && (
        <p className="text-slate-700 dark:text-slate-300">
          By <span className="font-medium">{roadmap.ownerLogin}</span>
        </p>
      )}
      {roadmap.ownerId && <VisibilityBadge visibility={roadmap.visibility} />}
      {roadmap.forkedFromId && <span className="text-slate-600 dark:text-slate-400">a fork</span>}
      {(owner || adminOfBuiltIn) && (
        <Link href={editPath} className={linkClass}>
          Edit
        </Link>
      )}
      {viewer && (
        <>
          <ForkButton roadmapId={roadmap.id} title={roadmap.title} />
          <details className="relative">
            <summary className={`${linkClass} cursor-pointer list-none`}>Export</summary>
            <ul className="absolute z-30 mt-1 w-56 space-y-1 rounded-md border border-slate-200 bg-white p-2 shadow-lg dark:border-slate-700 dark:bg-slate-900">
              {EXPORTS.map(({ format, label }) => (
                <li key={format}>
                  <a
                    href={`/api/roadmaps/${roadmap.id}/export?format=${format}`}
                    download
                    className="block rounded px-2 py-1 hover:bg-slate-100 dark:hover:bg-slate-800"
                  >
                    {label} <span className="text-slate-600 dark:text-slate-400">with your progress</span>
                  </a>
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
      {owner && <OwnerControls roadmapId={roadmap.id} title={roadmap.title} visibility={roadmap.visibility} />}
    </div>
  );
}
