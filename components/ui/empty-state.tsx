import type { ReactNode } from "react";

/** What a list or page says when it has nothing to show yet, and what to do about it. */
export function EmptyState({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <p
      className="rounded-lg border border-dashed border-slate-300 p-6 text-center dark:border-slate-700"
      data-testid={testId}
    >
      {children}
    </p>
  );
}
