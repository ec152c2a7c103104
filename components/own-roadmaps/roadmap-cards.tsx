import Link from "next/link";
import { pageTranslations } from "@/server/i18n/server-translator";
import type { RoadmapListEntry } from "@/server/services/roadmaps/listing/list-roadmaps";
import { Card } from "../ui/card";
import { VisibilityBadge } from "./visibility-badge";

/** A grid of roadmap cards, each a link to its page. */
export async function RoadmapCards({
  roadmaps,
  showVisibility = false,
}: {
  roadmaps: RoadmapListEntry[];
  showVisibility?: boolean;
}) {
  const t = await pageTranslations("OwnRoadmaps");
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {roadmaps.map((roadmap) => (
        <li key={roadmap.id}>
          <Card
            as={Link}
            href={`/roadmaps/${roadmap.slug}`}
            padding="lg"
            data-testid="roadmap-card"
            className="block h-full space-y-2 transition hover:border-indigo-400 hover:shadow dark:hover:border-indigo-500"
          >
            <h2 className="text-lg font-semibold break-words">{roadmap.title}</h2>
            {roadmap.description && (
              <p className="line-clamp-2 text-sm text-slate-700 dark:text-slate-300">{roadmap.description}</p>
            )}
            <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
              <span>{t("itemCount", { count: roadmap.itemCount })}</span>
              <span>{roadmap.ownerLogin ? t("by", { login: roadmap.ownerLogin }) : t("builtIn")}</span>
              {showVisibility && <VisibilityBadge visibility={roadmap.visibility} />}
            </p>
          </Card>
        </li>
      ))}
    </ul>
  );
}
