import type { ReactNode } from "react";

/**
 * A checkbox inside its label, for a choice the component keeps in state (a
 * form sent as FormData writes its own: name, defaultChecked). `className`
 * places the label: flex, or inline-flex in a row of them. A label that runs
 * over lines keeps the box by its first line (`align="first-line"`).
 */
export function Checkbox({
  checked,
  onChange,
  className,
  align = "center",
  children,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  className: string;
  align?: "center" | "first-line";
  children: ReactNode;
}) {
  const firstLine = align === "first-line";
  return (
    <label className={`${className} gap-2 ${firstLine ? "items-start" : "items-center"}`}>
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        className={`${firstLine ? "mt-0.5" : ""}h-4 w-4 accent-indigo-700`}
      />
      {children}
    </label>
  );
}
