/**
 * A matrix cell's colour by how far a member is through a section: none, some,
 * half or more, all. The counts are written in the cell too, so the colour is
 * never the only sign. Every pair passes WCAG AA contrast, light and dark.
 */
export function cellTone(percent: number): string {
  if (percent >= 100) return "bg-emerald-700 text-white";
  if (percent >= 50) return "bg-emerald-100 text-emerald-950 dark:bg-emerald-950 dark:text-emerald-100";
  if (percent > 0) return "bg-amber-100 text-amber-950 dark:bg-amber-950 dark:text-amber-100";
  return "bg-slate-50 text-slate-700 dark:bg-slate-800/60 dark:text-slate-300";
}

/** The legend's tones, each with the key of its name in the "CohortMatrix" messages. */
export const CELL_LEGEND = [
  { label: "noneYet", percent: 0 },
  { label: "underHalf", percent: 1 },
  { label: "halfOrMore", percent: 50 },
  { label: "all", percent: 100 },
] as const;
