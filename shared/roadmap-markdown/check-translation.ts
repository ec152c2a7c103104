import type { ParsedItem, ParsedResource, ParsedRoadmap, RoadmapProblem } from "./parsed-roadmap";
import { quoted, roadmapProblem } from "./problem-messages";

/*
 * A translation is the original's checklist in another language: the same
 * sections in the same order, the same items (by key, so progress, notes and
 * history stay the item's in every language) under the same parents, each with
 * its own title and, when it lists any, its own resources. Checked here against
 * the original as parsed; linear in the two files.
 */

/** What a translation says, by the original's keys: what a page in its language shows. */
export interface TranslationContent {
  /** Section titles by the original's section keys. */
  sections: Record<string, string>;
  /** Item titles, and their resources when the translation lists any, by item key. */
  items: Record<string, { title: string; resources?: ParsedResource[] }>;
  /** The roadmap's own resources, when the translation lists any. */
  resources?: ParsedResource[];
}

export interface TranslationMismatch {
  /** The original's items the translation lacks, with their lines in the original. */
  missing: { key: string; title: string; originalLine: number }[];
  /** Items of the translation the original does not have, with their lines. */
  extra: { key: string; title: string; line: number }[];
  /** Every problem (the two lists above included), by a line of the translation, for the editor. */
  problems: RoadmapProblem[];
}

interface Placed {
  item: ParsedItem;
  section: number;
  parent: string | null;
}

function placeItems(roadmap: ParsedRoadmap): Map<string, Placed> {
  const placed = new Map<string, Placed>();
  roadmap.sections.forEach((section, index) => {
    const walk = (items: ParsedItem[], parent: string | null) => {
      for (const item of items) {
        placed.set(item.key, { item, section: index, parent });
        walk(item.children, item.key);
      }
    };
    walk(section.items, null);
  });
  return placed;
}

/** Where the translation differs from the original; empty lists when it matches. */
export function checkTranslation(original: ParsedRoadmap, translation: ParsedRoadmap): TranslationMismatch {
  const originals = placeItems(original);
  const translated = placeItems(translation);
  const mismatch: TranslationMismatch = { missing: [], extra: [], problems: [] };
  const sectionTitle = (index: number) => quoted(original.sections[index]?.title ?? "", 60);

  if (translation.sections.length !== original.sections.length) {
    const line = translation.sections[original.sections.length]?.line ?? 1;
    mismatch.problems.push(
      roadmapProblem(line, "sectionCount", {
        original: original.sections.length,
        translation: translation.sections.length,
      }),
    );
  }
  for (const [key, { item, section, parent }] of translated) {
    const match = originals.get(key);
    if (!match) {
      mismatch.extra.push({ key, title: item.title, line: item.line });
      mismatch.problems.push(roadmapProblem(item.line, "keyNotInOriginal", { key }));
      continue;
    }
    if (match.section !== section) {
      mismatch.problems.push(
        roadmapProblem(item.line, "wrongSection", {
          key,
          section: match.section + 1,
          title: sectionTitle(match.section),
        }),
      );
    } else if (match.parent !== parent && !(parent !== null && !originals.has(parent))) {
      // (Under an item that is not in the original, the extra item is the problem.)
      mismatch.problems.push(
        match.parent
          ? roadmapProblem(item.line, "wrongParent", { key, parent: match.parent, line: match.item.line })
          : roadmapProblem(item.line, "notTopLevel", { key, line: match.item.line }),
      );
    }
    if (item.skill !== undefined && item.skill !== match.item.skill) {
      mismatch.problems.push(
        match.item.skill
          ? roadmapProblem(item.line, "otherSkill", { skill: match.item.skill })
          : roadmapProblem(item.line, "noSkillInOriginal"),
      );
    }
  }
  // Each missing item is reported where it would go: after the nearest item before it that is there.
  let lastLine = translation.sections[0]?.line ?? 1;
  for (const [key, { item }] of originals) {
    const there = translated.get(key);
    if (there) {
      lastLine = there.item.line;
      continue;
    }
    mismatch.missing.push({ key, title: item.title, originalLine: item.line });
    mismatch.problems.push(
      roadmapProblem(lastLine, "missingItem", { key, line: item.line, title: quoted(item.title, 60) }),
    );
  }
  mismatch.problems.sort((a, b) => a.line - b.line);
  return mismatch;
}

/** The translation's texts by the original's keys (for a translation that matches, or one the original has since outgrown). */
export function translationContent(original: ParsedRoadmap, translation: ParsedRoadmap): TranslationContent {
  const content: TranslationContent = { sections: {}, items: {} };
  translation.sections.forEach((section, index) => {
    const key = original.sections[index]?.key;
    if (key !== undefined) content.sections[key] = section.title;
  });
  for (const [key, { item }] of placeItems(translation)) {
    content.items[key] =
      item.resources.length > 0 ? { title: item.title, resources: item.resources } : { title: item.title };
  }
  if (translation.resources.length > 0) content.resources = translation.resources;
  return content;
}
