import Link from "next/link";
import { pageTranslations } from "@/server/i18n/server-translator";
import { reviewQueueCounts } from "@/server/services/review/review-queue";
import type { Viewer } from "@/server/services/viewer";
import { buttonClass } from "../ui/button";

/** "Review (n due)" on a roadmap's page: its items due today where the learner is, within today's limit. */
export async function RoadmapReviewLink({
  viewer,
  roadmapId,
  timeZone,
}: {
  viewer: Viewer;
  roadmapId: string;
  timeZone: string;
}) {
  if (!viewer.scopes.includes("READ_PROGRESS")) return null;
  const [counts, t] = await Promise.all([
    reviewQueueCounts(viewer, { roadmapId, timeZone }),
    pageTranslations("RoadmapActions"),
  ]);
  const due = Math.min(counts.dueToday, counts.remainingToday);
  if (counts.dueToday === 0) return null;
  return (
    <Link
      href="/review"
      className={buttonClass({ variant: "secondary", size: "bar" })}
      data-testid="roadmap-review-entry"
    >
      {t("reviewDue", { count: due })}
    </Link>
  );
}
