import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { sessionViewer } from "@/server/auth/viewer-from-request";
import { ROADMAP_QUOTAS } from "@/shared/roadmap-quotas";
import { RoadmapEditor } from "@/components/editor/roadmap-editor";
import { PageTitle } from "@/components/ui/page-title";

export const metadata: Metadata = { title: "New roadmap" };
export const dynamic = "force-dynamic";

const STARTER = `# My roadmap

What it is about, in a sentence or two.

## First steps

- [ ] A first thing to learn
  - official: [Its documentation](https://example.com/docs)
- [ ] Another one
  - [ ] A smaller step inside it
`;

/** Write a roadmap, paste one, or upload a .md file: a plain GitHub task list works too. */
export default async function NewRoadmapPage() {
  const viewer = await sessionViewer();
  if (!viewer) redirect("/signin?callbackUrl=/roadmaps/new");
  return (
    <div className="space-y-6">
      <PageTitle
        description={
          <>
            A markdown checklist: <code># Title</code>, <code>## Sections</code>, <code>- [ ] items</code> (indent for
            steps inside steps), links for resources. A plain GitHub task list works, and so do roadmap.sh&apos;s{" "}
            <code>[@video@Title](url)</code> links. Up to {ROADMAP_QUOTAS.itemsPerRoadmap.toLocaleString("en-US")}{" "}
            items; you may keep {ROADMAP_QUOTAS.roadmapsPerLearner} roadmaps.{" "}
            <Link href="/roadmaps/mine" className="text-indigo-700 underline dark:text-indigo-300">
              Your roadmaps
            </Link>
          </>
        }
      >
        New roadmap
      </PageTitle>
      <RoadmapEditor
        roadmapId={null}
        initialMarkdown={STARTER}
        backPath="/roadmaps/mine"
        login={viewer.login ?? undefined}
      />
    </div>
  );
}
