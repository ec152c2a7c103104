import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { SkillStatus } from "@/server/services/skills/skill-statuses";
import type { SkillStatusSource } from "@/server/services/skills/load-skill-page";
import { formatDate } from "@/shared/format-date";
import { dateLocale } from "@/shared/i18n/date-locale";
import { isLocale } from "@/shared/i18n/locales";

/**
 * The viewer's status on a skill and where it came from: "Done on Backend
 * Development Roadmap, 3 Nov" (the day in the viewer's time zone and the page's
 * language), linking to the item where they set it when they may still see it.
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
  const t = useTranslations("Roadmap");
  const label = useTranslations("ItemStatus");
  const locale = useLocale();
  // Never set, or put back to not started (a reset): nothing to say about where.
  if (!status || status.status === "NOT_STARTED") return <p data-testid="skill-status">{label("NOT_STARTED")}</p>;
  const day = formatDate(status.updatedAt, {
    timeZone,
    style: "dayMonth",
    locale: isLocale(locale) ? dateLocale(locale) : undefined,
  });
  return (
    <p data-testid="skill-status">
      {source
        ? t.rich("skillSource", {
            status: label(status.status),
            roadmap: source.roadmapTitle,
            day,
            link: (chunks) => (
              <Link
                href={`/roadmaps/${source.roadmapSlug}#item-${source.itemId}`}
                className="font-medium text-indigo-700 underline dark:text-indigo-300"
              >
                {chunks}
              </Link>
            ),
          })
        : t("statusDay", { status: label(status.status), day })}
    </p>
  );
}
