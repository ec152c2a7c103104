import { DEFAULT_LOCALE, LOCALES, supportedLocale, type Locale } from "./locales";

// The header is the visitor's: read a bounded part of it.
const MAX_HEADER_LENGTH = 1_000;
const MAX_RANGES = 30;

interface Range {
  tag: string;
  q: number;
  order: number;
}

/** The ranges of an Accept-Language header, best first (a higher q, then the earlier one); q=0 ranges left out. */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  const ranges: Range[] = [];
  for (const [order, part] of header.slice(0, MAX_HEADER_LENGTH).split(",").slice(0, MAX_RANGES).entries()) {
    const [rawTag, ...params] = part.trim().split(";");
    const tag = rawTag?.trim() ?? "";
    if (!/^(\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)$/.test(tag)) continue;
    let q = 1;
    for (const param of params) {
      const match = /^\s*q\s*=\s*([01](\.\d{0,3})?)\s*$/i.exec(param);
      if (match) q = Math.min(1, Number(match[1]));
    }
    if (q > 0) ranges.push({ tag, q, order });
  }
  return ranges.sort((a, b) => b.q - a.q || a.order - b.order).map((range) => range.tag);
}

/**
 * The supported language that best fits one range: the tag itself, else one of
 * the same language ("pt", "pt-PT" are pt-BR; "es-MX" is es; "de-AT" is de).
 */
function matchRange(tag: string): Locale | null {
  const exact = supportedLocale(tag);
  if (exact) return exact;
  const language = tag.split("-")[0]!.toLowerCase();
  return LOCALES.find((locale) => locale.split("-")[0]!.toLowerCase() === language) ?? null;
}

/** The interface language for an Accept-Language header: the first range that fits one of ours, else English. */
export function negotiateLocale(header: string | null | undefined): Locale {
  for (const tag of parseAcceptLanguage(header)) {
    if (tag === "*") return DEFAULT_LOCALE;
    const found = matchRange(tag);
    if (found) return found;
  }
  return DEFAULT_LOCALE;
}
