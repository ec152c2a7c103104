import { IMPORT_LIMITS } from "./import-limits";

/**
 * An item claims a skill with `<!-- skill: git -->` at the end of its line:
 * items of any roadmap that claim the same skill teach the same thing. A name
 * is lowercase letters and digits in dash-separated words, so that "Git",
 * "git " and "git--" cannot become three skills that look like one.
 */
export const SKILL_COMMENT = /^<!--\s*skill\s*:\s*(\S*?)\s*-->$/i;

/** Any comment that starts like a skill claim, well formed or not: never silently ignored. */
export const ANY_SKILL_COMMENT = /^<!--\s*skill\s*:/i;

const SKILL_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSkillName(name: string): boolean {
  return name.length <= IMPORT_LIMITS.skillLength && SKILL_NAME.test(name);
}

/** ` <!-- skill: git -->`, as the export writes it at the end of an item's line. */
export function skillPin(skill: string): string {
  return ` <!-- skill: ${skill} -->`;
}
