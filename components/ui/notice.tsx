import type { ComponentPropsWithoutRef, ReactNode } from "react";

/** An indigo call-out: a short message, with an action beside it on wider screens. */
export function Notice({
  children,
  action,
  className = "",
  ...rest
}: { children: ReactNode; action?: ReactNode } & ComponentPropsWithoutRef<"aside">) {
  return (
    <aside
      className={`flex flex-col gap-3 rounded-lg border border-indigo-200 bg-indigo-50 p-4 text-sm sm:flex-row sm:items-center sm:justify-between dark:border-indigo-900 dark:bg-indigo-950/50 ${className}`}
      {...rest}
    >
      <p>{children}</p>
      {action}
    </aside>
  );
}
