import "server-only";

import { loadRoadmapContents } from "../roadmaps/content/roadmap-content";
import { csvCell } from "../roadmaps/export/export-formats";
import { requireScope, type MaybeViewer } from "../viewer";
import { NotFoundError } from "../../../shared/errors";
import { getRunCohortOrThrow } from "./cohort-access";
import { loadCohortFigures, memberPlan } from "./cohort-figures";

/**
 * The mentor's matrix as CSV: one row per member (login, name, role, joined,
 * percent, done, skipped, total, pace, forecast, target, last activity, items
 * stuck), then "done/total" per section, sections in reading order. The owner
 * and mentors only; anyone not in the cohort gets NOT_FOUND. Formula-safe: a
 * cell that starts with = + - @, a tab or CR gets a quote first (names and
 * section titles are anyone's text).
 */
export async function cohortMatrixCsv(
  viewer: MaybeViewer,
  cohortId: string,
  timeZone = "UTC",
  now = new Date(),
): Promise<{ name: string; body: string }> {
  const known = requireScope(viewer, "COHORTS");
  const cohort = await getRunCohortOrThrow(known, cohortId, "export its matrix");
  const [content] = await loadRoadmapContents(known, [cohort.roadmapId]);
  if (!content) throw new NotFoundError(`Cohort ${cohortId}`);
  const figures = await loadCohortFigures(cohort.id, content, now);
  const header = [
    "login",
    "name",
    "role",
    "joined",
    "percent",
    "done",
    "skipped",
    "total",
    "pace per week",
    "forecast",
    "finish on",
    "target date",
    "target status",
    "last active",
    "stuck items",
    ...content.sections.map((section) => section.title),
  ];
  const rows = figures.members.map((member) => {
    const plan = memberPlan(member, timeZone);
    return [
      member.login,
      member.name ?? "",
      member.role,
      member.joinedAt.toISOString(),
      String(member.completion.percent),
      String(member.completion.done),
      String(member.completion.skipped),
      String(member.completion.total),
      String(plan.pacePerWeek),
      plan.forecast,
      plan.finishOn ?? "",
      plan.targetDate ?? "",
      plan.targetStatus ?? "",
      member.lastActiveAt?.toISOString() ?? "",
      String(member.stuckItemIds.length),
      ...content.sections.map((section) => {
        const counts = member.sections.get(section.id);
        return `${(counts?.done ?? 0) + (counts?.skipped ?? 0)}/${section.allItems.length}`;
      }),
    ];
  });
  const body = [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
  return { name: cohort.name, body };
}
