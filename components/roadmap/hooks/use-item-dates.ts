import { useEffect, useState } from "react";
import { formatDate } from "@/shared/format-date";
import { dateLocale } from "@/shared/i18n/date-locale";
import { isLocale } from "@/shared/i18n/locales";

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
        // Its code too is loaded only once dates are asked for: the page's first load stays as it was.
        const { fetchItemDates } = await import("./fetch-item-dates");
        const fetched = await fetchItemDates(slug);
        if (!cancelled && fetched) setDates(fetched);
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

/**
 * "3 Mar 2026" (in the page's language), in the browser's own time zone (the learner's, the one its `tz`
 * cookie reports): dates are fetched and shown in the browser only, never rendered
 * on the server.
 */
export function formatLocalDay(iso: string, locale: string): string {
  return formatDate(new Date(iso), {
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    locale: isLocale(locale) ? dateLocale(locale) : undefined,
  });
}
