import Link from "next/link";

const PAGES = [
  { href: "/settings/profile", label: "Sharing" },
  { href: "/settings/tokens", label: "API tokens" },
  { href: "/settings/review", label: "Review" },
  { href: "/settings/data", label: "Your data" },
] as const;

/** The settings pages, side by side under the header's one "Settings" link. */
export function SettingsNav({ current }: { current: (typeof PAGES)[number]["href"] }) {
  return (
    <nav aria-label="Settings">
      <ul className="flex gap-1 border-b border-slate-200 text-sm dark:border-slate-800">
        {PAGES.map((page) => (
          <li key={page.href}>
            <Link
              href={page.href}
              aria-current={page.href === current ? "page" : undefined}
              className="-mb-px inline-block border-b-2 border-transparent px-3 py-2 hover:text-indigo-700 aria-[current=page]:border-indigo-600 aria-[current=page]:font-semibold aria-[current=page]:text-indigo-700 dark:hover:text-indigo-300 dark:aria-[current=page]:border-indigo-400 dark:aria-[current=page]:text-indigo-300"
            >
              {page.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
