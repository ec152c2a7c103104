import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 py-6 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 sm:px-6">
        <p>Waymark: learning roadmaps you can tick off.</p>
        <nav aria-label="Footer">
          <ul className="flex gap-4">
            <li>
              <Link className="underline-offset-4 hover:underline" href="/playground">
                GraphQL API
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
