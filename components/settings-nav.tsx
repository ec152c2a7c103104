import Link from "next/link";
import { useTranslations } from "next-intl";

const PAGES = [
  { href: "/settings/profile", label: "sharing" },
  { href: "/settings/tokens", label: "tokens" },
  { href: "/settings/review", label: "review" },
  { href: "/settings/language", label: "language" },
  { href: "/settings/data", label: "data" },
] as const;

/** The settings pages, side by side under the header's one "Settings" link. */
export function SettingsNav({ current }: { current: (typeof PAGES)[number]["href"] }) {
  const t = useTranslations("Settings");
  return (
    <nav aria-label={t("nav")}>
      <ul className="flex flex-wrap gap-x-1 border-b border-slate-200 text-sm dark:border-slate-800">
        {PAGES.map((page) => (
          <li key={page.href}>
            <Link
              href={page.href}
              aria-current={page.href === current ? "page" : undefined}
              className="-mb-px inline-block border-b-2 border-transparent px-2 py-2 hover:text-indigo-700 aria-[current=page]:border-indigo-600 aria-[current=page]:font-semibold aria-[current=page]:text-indigo-700 sm:px-3 dark:hover:text-indigo-300 dark:aria-[current=page]:border-indigo-400 dark:aria-[current=page]:text-indigo-300"
            >
              {t(page.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
