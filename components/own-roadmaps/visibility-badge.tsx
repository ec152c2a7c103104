import { useTranslations } from "next-intl";
import type { RoadmapVisibility } from "@/server/db/generated/enums";

/** A roadmap's visibility in a word, with what it means as the tooltip. */
export function VisibilityBadge({ visibility }: { visibility: RoadmapVisibility }) {
  const t = useTranslations("VisibilityBadge");
  return (
    <span
      title={t(`${visibility}.title`)}
      data-testid="visibility-badge"
      className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-800 dark:bg-slate-800 dark:text-slate-200"
    >
      {t(`${visibility}.text`)}
    </span>
  );
}
