/** UTF-8 bytes the export's legend may take (IMPORT_LIMITS.fileBytes makes room for it). */
export const MAX_EXPORT_LEGEND_BYTES = 1_000;

/**
 * The comment at the top of a markdown export: whose progress it holds, from
 * when, and what the checkboxes and quotes mean. A comment, so the importer
 * reads nothing in it (not even its `[`). The address and the login are cut at
 * lengths no real one reaches (a learner's address is at most 39 + 1 + 64
 * characters, a GitHub login 39), so that it never passes MAX_EXPORT_LEGEND_BYTES.
 */
export function exportLegend(slug: string, login: string | null, exportedOn: Date): string {
  return (
    `<!-- Waymark export of /roadmaps/${slug.slice(0, 160)} with ${(login ?? "your").slice(0, 40)}'s progress, ` +
    `${exportedOn.toISOString().slice(0, 10)}: [x] done, [/] in progress, [-] skipped; notes are the quotes under ` +
    `their item. Import it as a new roadmap to restore these statuses. -->\n\n`
  );
}
