import type { Metadata } from "next";
import { RoadmapEditorRoute, editorMetadata } from "../../roadmap-editor-route";
import { slugOf } from "../../roadmap-route";
import { PageMessages } from "@/components/i18n/page-messages";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return editorMetadata(slugOf([(await params).slug]));
}

/** Editing a built-in roadmap (administrators). */
export default async function EditBuiltInRoadmapPage({ params }: Props) {
  return (
    <PageMessages page="roadmapEditor">
      <RoadmapEditorRoute slug={slugOf([(await params).slug])} />
    </PageMessages>
  );
}
