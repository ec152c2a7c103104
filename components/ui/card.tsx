import type { ComponentPropsWithoutRef, ElementType, ReactNode } from "react";

const PADDING = { none: "", sm: "p-3", md: "p-4", lg: "p-4 sm:p-6" } as const;

/** The bordered white (dark: slate) panel every page groups content in. */
export function Card<T extends ElementType = "div">({
  as,
  padding = "md",
  className = "",
  children,
  ...rest
}: {
  as?: T;
  padding?: keyof typeof PADDING;
  className?: string;
  children: ReactNode;
} & Omit<ComponentPropsWithoutRef<T>, "as" | "className" | "children">) {
  const Element: ElementType = as ?? "div";
  return (
    <Element
      className={`rounded-lg border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900 ${PADDING[padding]} ${className}`}
      {...rest}
    >
      {children}
    </Element>
  );
}
