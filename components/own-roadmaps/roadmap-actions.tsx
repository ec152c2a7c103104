import Link from "next/link";
import { useTranslations } from "next-intl";
import { Suspense } from "react";
import type { RoadmapSummary } from "@/server/services/roadmaps/content/roadmap-content";
import type { MaybeViewer } from "@/server/services/viewer";
import { buttonClass } from "../ui/button";
import { ExportMenu } from "./export-menu";
import { ForkButton } from "./fork-button";
import { ForkOriginLine } from "./fork-origin-line";
import { OwnerControls } from "./owner-controls";
import { VisibilityBadge } from "./visibility-badge";

/** The bar under a roadmap's title: who owns it and who sees it, and what the viewer may do with it. */
export function RoadmapActions({ viewer, roadmap }: { viewer: MaybeViewer; roadmap: RoadmapSummary }) {
  const t = useTranslations("RoadmapActions");
  const owner = viewer !== null && roadmap.ownerId === viewer.userId;
  const adminOfBuiltIn = roadmap.ownerId === null && viewer?.role === "ADMIN";
  const editPath = `/roadmaps/${roadmap.slug}/edit`;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm" data-testid="roadmap-actions">
      {roadmap.ownerLogin && (
        <p className="text-slate-700 dark:text-slate-300">
          {t.rich("by", {
            login: roadmap.ownerLogin,
            owner: (chunks) => <span className="font-medium">{chunks}</span>,
          })}
        </p>
      )}
      {roadmap.ownerId && <VisibilityBadge visibility={roadmap.visibility} />}
      {(roadmap.isFork || roadmap.forkedFromId) && (
        <Suspense fallback={<p className="text-slate-700 dark:text-slate-300">{t("forkedFromLoading")}</p>}>
          <ForkOriginLine viewer={viewer} roadmap={roadmap} />
        </Suspense>
      )}
      {(owner || adminOfBuiltIn) && (
        <Link href={editPath} className={buttonClass({ variant: "secondary", size: "bar" })}>
          {t("edit")}
        </Link>
      )}
      {viewer && (
        <>
          <ForkButton roadmapId={roadmap.id} title={roadmap.title} />
          <ExportMenu roadmapId={roadmap.id} />
        </>
      )}
      {owner && <OwnerControls roadmapId={roadmap.id} title={roadmap.title} visibility={roadmap.visibility} />}
    </div>
  );
}
