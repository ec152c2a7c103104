import { slug } from "github-slugger";
import { IMPORT_LIMITS } from "./import-limits";

/**
 * A pinned key: `<!-- key: some-key -->` at the end of an item's line. Keys are
 * what GitHub's heading slugger makes of a title (letters of any script, digits,
 * dashes, underscores), so every key the importer derives can also be pinned,
 * and the markdown export pins every item's key.
 */
export const KEY_COMMENT = /^<!--\s*key:\s*([\p{L}\p{M}\p{N}\p{Pc}-]+)\s*-->$/iu;

/** A readable key from a title, cut at a word boundary. */
export function slugKey(title: string): string {
  const full = slug(title);
  if (full.length <= IMPORT_LIMITS.keyLength) return full || "item";
  const cut = full.slice(0, IMPORT_LIMITS.keyLength);
  return cut.slice(0, Math.max(cut.lastIndexOf("-"), 16)).replace(/-+$/, "");
}

/** A section's key: its title's slug, numbered when two sections share a title. */
export function sectionKey(title: string, taken: Set<string>): string {
  const base = slug(title).slice(0, IMPORT_LIMITS.keyLength) || "section";
  let key = base;
  for (let n = 2; taken.has(key); n += 1) key = `${base}-${n}`;
  taken.add(key);
  return key;
}
