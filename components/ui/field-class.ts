/**
 * The look of a text field or a select in a form: border, background and dark
 * mode. `className` places it (mt-1 w-full, flex-1) and may add states, such as
 * aria-invalid:border-red-600. Focus rings come from app/globals.css.
 */
export function fieldClass(className = ""): string {
  return `rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-950 ${className}`.trim();
}
