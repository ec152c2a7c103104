import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { loadRoadmapMarkdown } from "@/server/services/roadmaps/content/load-roadmap-markdown";
import { roadmapSkillClaims } from "@/server/services/skills/roadmap-skill-claims";
import { RoadmapEditor } from "@/components/editor/roadmap-editor";
import { PageTitle } from "@/components/ui/page-title";
import { roadmapForPage } from "./roadmap-route";

/*
 * The editor of a roadmap, for those who may edit it (its owner; admins for a
 * built-in one): /roadmaps/<slug>/edit and /roadmaps/<login>/<name>/edit.
 * Anyone else gets the not-found page, as for a roadmap they may not see.
 */

export async function editorMetadata(slug: string): Promise<Metadata> {
  const { content } = await roadmapForPage(slug);
  return { title: content ? `Edit ${content.roadmap.title}` : "Roadmap not found" };
}

export async function RoadmapEditorRoute({ slug }: { slug: string }) {
  const { viewer, content } = await roadmapForPage(slug);
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(`/roadmaps/${slug}/edit`)}`);
  if (!content) notFound();
  const { roadmap } = content;
  const mayEdit = roadmap.ownerId === null ? viewer.role === "ADMIN" : roadmap.ownerId === viewer.userId;
  if (!mayEdit) notFound();
  const [[markdown], skillClaims] = await Promise.all([
    loadRoadmapMarkdown(viewer, [roadmap.id]),
    roadmapSkillClaims(viewer, roadmap),
  ]);
  return (
    <div className="space-y-6">
      <PageTitle description="Every item keeps everyone's progress and notes, reworded ones included: the preview shows each change, and each item it takes for reworded, before you save. Nothing is saved until the file reads without problems.">
        Edit {roadmap.title}
      </PageTitle>
      <RoadmapEditor
        roadmapId={roadmap.id}
        initialMarkdown={markdown ?? ""}
        backPath={`/roadmaps/${roadmap.slug}`}
        skillClaims={skillClaims}
      />
    </div>
  );
}
