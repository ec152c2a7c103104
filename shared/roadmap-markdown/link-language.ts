/**
 * A resource's language: `<!-- lang: es -->` at the end of a resource's line,
 * for a link whose page is not in the roadmap's (or the translation's) own
 * language. A BCP 47 tag, kept in its canonical case (`pt-br` is `pt-BR`), so
 * that one language is never stored as two.
 */
export const LANG_COMMENT = /^<!--\s*lang\s*:\s*(\S*?)\s*-->$/i;

/** The longest tag kept (BCP 47 allows long private-use tags; none of ours come close). */
const MAX_TAG_LENGTH = 35;

/** The canonical form of a BCP 47 language tag, or null when it is not one. */
export function canonicalLanguageTag(tag: string): string | null {
  if (tag.length === 0 || tag.length > MAX_TAG_LENGTH || !/^[A-Za-z0-9-]+$/.test(tag)) return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical && canonical.length <= MAX_TAG_LENGTH ? canonical : null;
  } catch {
    return null;
  }
}

/** ` <!-- lang: es -->`, as the export writes it at the end of a resource's line. */
export function languagePin(language: string): string {
  return ` <!-- lang: ${language} -->`;
}
