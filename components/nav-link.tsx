"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/** A header link that tells assistive technology (and the eye) which page is open. */
export function NavLink({
  href,
  activePrefix = href,
  children,
}: {
  href: string;
  /** Where the link counts as the open page, when that is wider than its own address. */
  activePrefix?: string;
  children: ReactNode;
}) {
  const pathname = usePathname();
  const current =
    href === "/"
      ? pathname === "/" || (pathname.startsWith("/roadmaps") && !pathname.startsWith("/roadmaps/mine"))
      : pathname.startsWith(activePrefix);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className="rounded px-2 py-1 hover:bg-slate-100 aria-[current=page]:font-semibold aria-[current=page]:text-indigo-700 dark:hover:bg-slate-800 dark:aria-[current=page]:text-indigo-300"
    >
      {children}
    </Link>
  );
}
