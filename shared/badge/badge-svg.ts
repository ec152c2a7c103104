/*
 * README badges as hand-written SVG: no font files, no network, a few hundred
 * bytes. The reader's browser draws the text with its own sans-serif font; the
 * width of each text is estimated here and pinned with textLength, so the text
 * fills its box exactly whatever font the reader has (the technique shields.io
 * uses).
 */

import type { Translate } from "../i18n/translate";

export type BadgeTheme = "light" | "dark";

export interface BadgeContent {
  label: string;
  value: string;
  /** What the badge says as a whole, to a screen reader or a tooltip: "Backend · 42% on Waymark". */
  title: string;
  /** "found" shows a completion; "not-found" is the neutral badge. */
  kind: "found" | "not-found";
}

const HEIGHT = 22;
const FONT_SIZE = 12;
const PADDING = 8;
const MAX_LABEL = 40;

const COLORS = {
  light: {
    border: "#cbd5e1",
    label: { fill: "#f8fafc", text: "#0f172a" },
    found: { fill: "#047857", text: "#ffffff" },
    "not-found": { fill: "#e2e8f0", text: "#334155" },
  },
  dark: {
    border: "#334155",
    label: { fill: "#1e293b", text: "#f1f5f9" },
    found: { fill: "#34d399", text: "#022c22" },
    "not-found": { fill: "#334155", text: "#e2e8f0" },
  },
} as const;

// Advance widths at 12px of a typical sans-serif (DejaVu Sans and Verdana are close), by class.
const NARROW = new Set("fijlrtI!|.,:;'`()[]{}");
const WIDE = new Set("mwMW%@");
function charWidth(char: string): number {
  if (char === " ") return 3.9;
  if (NARROW.has(char)) return 3.9;
  if (WIDE.has(char)) return 10.6;
  if (/[A-Z]/.test(char)) return 8.2;
  if (/[0-9]/.test(char)) return 7.6;
  if (/[a-z]/.test(char)) return 7.1;
  // Anything else (accents, CJK, emoji): generous, so it never overflows.
  return char.codePointAt(0)! > 0x2e7f ? 12 : 7.8;
}

export function textWidth(text: string, bold = false): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return Math.ceil(width * (bold ? 1.06 : 1));
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Long titles end in an ellipsis: a badge stays a badge. */
function shorten(text: string): string {
  const chars = [...text];
  return chars.length <= MAX_LABEL
    ? text
    : `${chars
        .slice(0, MAX_LABEL - 1)
        .join("")
        .trimEnd()}…`;
}

export function badgeSvg(content: BadgeContent, theme: BadgeTheme): string {
  const colors = COLORS[theme];
  const value = colors[content.kind];
  const label = shorten(content.label);
  const labelText = textWidth(label);
  const valueText = textWidth(content.value, true);
  const labelWidth = labelText + 2 * PADDING;
  const valueWidth = valueText + 2 * PADDING;
  const width = labelWidth + valueWidth;
  const baseline = 15;
  const title = escapeXml(content.title);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${HEIGHT}" viewBox="0 0 ${width} ${HEIGHT}" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    `<clipPath id="r"><rect width="${width}" height="${HEIGHT}" rx="4"/></clipPath>`,
    `<g clip-path="url(#r)">`,
    `<rect width="${labelWidth}" height="${HEIGHT}" fill="${colors.label.fill}"/>`,
    `<rect x="${labelWidth}" width="${valueWidth}" height="${HEIGHT}" fill="${value.fill}"/>`,
    `</g>`,
    `<rect x="0.5" y="0.5" width="${width - 1}" height="${HEIGHT - 1}" rx="3.5" fill="none" stroke="${colors.border}"/>`,
    `<g font-family="Verdana,'DejaVu Sans',Geneva,'Segoe UI',Arial,sans-serif" font-size="${FONT_SIZE}">`,
    `<text x="${PADDING}" y="${baseline}" fill="${colors.label.text}" textLength="${labelText}" lengthAdjust="spacingAndGlyphs">${escapeXml(label)}</text>`,
    `<text x="${labelWidth + PADDING}" y="${baseline}" fill="${value.text}" font-weight="bold" textLength="${valueText}" lengthAdjust="spacingAndGlyphs">${escapeXml(content.value)}</text>`,
    `</g>`,
    `</svg>`,
  ].join("");
}

/**
 * The badge for a learner's completion of a roadmap, its words in the badge's
 * language (`t`: the Badge messages; the title is the roadmap's own).
 */
export function completionBadge(roadmapTitle: string, percent: number, t: Translate): BadgeContent {
  const label = shorten(roadmapTitle);
  const value = t("percent", { percent });
  return { label: roadmapTitle, value, title: t("title", { label, value }), kind: "found" };
}

/** The one badge for everything that cannot be shown: unknown, private or unlisted alike. */
export function notFoundBadge(t: Translate): BadgeContent {
  const value = t("notFound");
  return { label: "Waymark", value, title: t("title", { label: "Waymark", value }), kind: "not-found" };
}
