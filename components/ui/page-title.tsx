import type { ReactNode } from "react";

/** A page's one h1, with an optional line or two under it. */
export function PageTitle({ children, description }: { children: ReactNode; description?: ReactNode }) {
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{children}</h1>
      {description && <p className="max-w-2xl text-slate-700 dark:text-slate-300">{description}</p>}
    </div>
  );
}
