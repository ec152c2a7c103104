import type { Metadata } from "next";
import { RoadmapEditorRoute, editorMetadata } from "../../../roadmap-editor-route";
import { slugOf } from "../../../roadmap-route";
import { PageMessages } from "@/components/i18n/page-messages";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ slug: string; name: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, name } = await params;
  return editorMetadata(slugOf([slug, name]));
}

/** Editing one of the viewer's roadmaps. */
export default async function EditLearnerRoadmapPage({ params }: Props) {
  const { slug, name } = await params;
  return (
    <PageMessages page="roadmapEditor">
      <RoadmapEditorRoute slug={slugOf([slug, name])} />
    </PageMessages>
  );
}
