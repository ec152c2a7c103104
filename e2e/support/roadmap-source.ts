import fs from "node:fs";
import path from "node:path";

/**
 * A copy of the roadmap the team was given (the seed checklist, before resources
 * were added): the source of truth the built-in roadmap's sections and items must
 * match. Kept in the repository so the tests need nothing beside the clone.
 */
export const ORIGINAL_BACKEND_ROADMAP = path.resolve(import.meta.dirname, "../fixtures/original-backend-roadmap.md");

export interface SourceSection {
  title: string;
  items: { depth: number; text: string }[];
}

/**
 * An independent reading of a checklist file (plain line matching, not the
 * importer): `## ` headings and `[ ]` lines with their depth, links reduced to
 * their text. Tests compare the importer and the database against it.
 */
export function readChecklistLines(file = ORIGINAL_BACKEND_ROADMAP): SourceSection[] {
  const sections: SourceSection[] = [];
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const heading = /^## (.*)$/.exec(line);
    if (heading) sections.push({ title: heading[1]!.trim(), items: [] });
    const item = /^(\s*)[*-] \[ \] (.*)$/.exec(line);
    if (item) {
      const text = item[2]!.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").trim();
      sections.at(-1)!.items.push({ depth: item[1]!.length / 2, text });
    }
  }
  return sections;
}
