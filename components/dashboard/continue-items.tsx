import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ContinueItem } from "@/server/services/dashboard/dashboard-data";

/** "Continue where you left off": items in progress, each a link to its line on the roadmap. */
export function ContinueItems({ items }: { items: ContinueItem[] }) {
  const t = useTranslations("ContinueItems");
  return (
    <section aria-labelledby="continue-heading" className="space-y-3">
      <h2 id="continue-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("empty")}</p>
      ) : (
        <ul className="grid gap-2 sm:grid-cols-2" data-testid="continue-items">
          {items.map((item) => (
            <li key={item.id}>
              <Link
                href={`/roadmaps/${item.roadmapSlug}#item-${item.id}`}
                // In progress is amber; in dark mode as an accent on a slate card (an amber-tinted
                // dark surface reads as muddy brown).
                className="block rounded-lg border border-s-4 border-amber-300 border-s-amber-500 bg-amber-50 px-3 py-2 hover:border-amber-500 dark:border-slate-700 dark:border-s-amber-400 dark:bg-slate-900 dark:hover:border-slate-500 dark:hover:border-s-amber-300"
              >
                <span className="block font-medium">{item.title}</span>
                <span className="block text-xs text-slate-600 dark:text-slate-400">
                  {item.roadmapTitle} · {item.sectionTitle}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
