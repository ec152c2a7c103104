import { useEffect, useState } from "react";
import { writeClient } from "../../apollo/write-client";
import { RoadmapDatesQuery } from "../../plan/plan-operations";

export interface DateSpan {
  startedAt: string | null;
  /** An item's finish, or a section's completion. */
  endedAt: string | null;
}

export type ItemDatesById = ReadonlyMap<string, DateSpan>;

/**
 * The learner's dates on items and sections, fetched only while they are shown
 * (they are not part of the first paint), and again shortly after the statuses
 * change, since a change can start or finish something.
 */
export function useItemDates(slug: string, enabled: boolean, statuses: unknown): ItemDatesById | null {
  const [dates, setDates] = useState<ItemDatesById | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      try {
        const client = await writeClient();
        const { data } = await client.query({
          query: RoadmapDatesQuery,
          variables: { slug },
          fetchPolicy: "network-only",
        });
        if (cancelled || !data?.roadmap) return;
        setDates(
          new Map([
            ...data.roadmap.items.map(
              (item) => [item.id, { startedAt: item.startedAt, endedAt: item.finishedAt }] as const,
            ),
            ...data.roadmap.sections.map(
              (section) => [section.id, { startedAt: section.startedAt, endedAt: section.completedAt }] as const,
            ),
          ]),
        );
      } catch {
        // Dates are extra: the checklist works without them, and the next change asks again.
      }
    }, 400);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [slug, enabled, statuses]);
  return enabled ? dates : null;
}

/** "3 Mar 2026", in the browser's own time zone (the learner's). */
export function formatLocalDay(iso: string): string {
  return new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" });
}
