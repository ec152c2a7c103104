import Link from "next/link";
import type { SkillStatus } from "@/server/services/skills/skill-statuses";
import type { SkillStatusSource } from "@/server/services/skills/load-skill-page";
import { formatDate } from "@/shared/format-date";
import { STATUS_LABEL } from "../roadmap/status-meta";

/**
 * The viewer's status on a skill and where it came from: "Done on Backend
 * Development Roadmap, 3 Nov" (the day in the viewer's time zone), linking to
 * the item where they set it when they may still see it.
 */
export function SkillStatusLine({
  status,
  source,
  timeZone,
}: {
  status: SkillStatus | null;
  source: SkillStatusSource | null;
  timeZone: string;
}) {
  // Never set, or put back to not started (a reset): nothing to say about where.
  if (!status || status.status === "NOT_STARTED") return <p data-testid="skill-status">{STATUS_LABEL.NOT_STARTED}</p>;
  const day = formatDate(status.updatedAt, { timeZone, style: "dayMonth" });
  return (
    <p data-testid="skill-status">
      {STATUS_LABEL[status.status]}
      {source && (
        <>
          {" on "}
          <Link
            href={`/roadmaps/${source.roadmapSlug}#item-${source.itemId}`}
            className="font-medium text-indigo-700 underline dark:text-indigo-300"
          >
            {source.roadmapTitle}
          </Link>
        </>
      )}
      , {day}
    </p>
  );
}
