import Link from "next/link";
import { useTranslations } from "next-intl";

export function SiteFooter() {
  const t = useTranslations("Footer");
  return (
    <footer className="border-t border-slate-200 py-6 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 sm:px-6">
        <p>{t("tagline")}</p>
        <nav aria-label={t("nav")}>
          <ul className="flex gap-4">
            <li>
              <Link className="underline-offset-4 hover:underline" href="/playground">
                {t("api")}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
