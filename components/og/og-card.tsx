import type { CSSProperties, ReactNode } from "react";
import { clampText } from "@/shared/clamp-text";
import { hasRightToLeft, visualRuns } from "./og-bidi";

/*
 * Link-preview cards (1200 x 630), drawn on the server by next/og (Satori):
 * flexbox and inline styles only, which is all Satori understands.
 */

export const OG_SIZE = { width: 1200, height: 630 };

const INK = "#0f172a";
const MUTED = "#475569";
const ACCENT = "#4f46e5";

function Brand({ rtl }: { rtl: boolean }) {
  return (
    <div
      style={{
        display: "flex",
        flexDirection: rtl ? "row-reverse" : "row",
        alignItems: "center",
        gap: 16,
        color: ACCENT,
        fontSize: 34,
        fontWeight: 700,
      }}
    >
      <svg width="48" height="48" viewBox="0 0 24 24" fill={ACCENT}>
        <path d="M12 2 4 6v6c0 5 3.4 9.3 8 10 4.6-.7 8-5 8-10V6l-8-4zm-1 14-4-4 1.4-1.4L11 13.2l4.6-4.6L17 10l-6 6z" />
      </svg>
      Waymark
    </div>
  );
}

/**
 * The most of a title a card shows: three lines at the smaller size. With the
 * lines clamped and long words broken, a title at the importer's limit (300
 * characters, one word or many, in the widest letters) stays inside the card,
 * clear of its other lines.
 */
export const OG_TITLE_MAX = 80;

/** One line of text that ends in an ellipsis when it is too long for the card. */
const ONE_LINE = { display: "block", whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" } as const;

/**
 * A text as the card draws it: as it is, or, when it has right-to-left words
 * (Arabic), laid out from the right in runs (og-bidi.ts), wrapping onto at most
 * `lines` lines of `lineHeight` (em); what does not fit is cut, without an ellipsis.
 */
function OgText({
  text,
  style,
  lines,
  fontSize,
  lineHeight = 1.25,
  rtl,
}: {
  text: string;
  style: CSSProperties;
  lines: number;
  fontSize: number;
  lineHeight?: number;
  /** The card is in a right-to-left language: a left-to-right text (a name, a title) is aligned right. */
  rtl: boolean;
}) {
  if (!hasRightToLeft(text)) {
    return <div style={rtl ? { ...style, alignSelf: "flex-end", textAlign: "right" } : style}>{text}</div>;
  }
  const { color, fontWeight } = style;
  return (
    <div
      style={{
        display: "flex",
        flexDirection: "row-reverse",
        flexWrap: lines > 1 ? "wrap" : "nowrap",
        columnGap: Math.round(fontSize * 0.28),
        overflow: "hidden",
        maxHeight: Math.ceil(lines * lineHeight * fontSize),
        fontSize,
        lineHeight,
        // Satori fails on a style whose value is undefined.
        ...(color !== undefined && { color }),
        ...(fontWeight !== undefined && { fontWeight }),
      }}
    >
      {visualRuns(text).map((run, index) => (
        <span key={index} style={{ whiteSpace: "nowrap" }}>
          {run}
        </span>
      ))}
    </div>
  );
}

/**
 * The frame every card shares: the brand, a title, and what the card is about.
 * `titleLines`: how many lines the title may take (fewer leave room for more below it).
 * `rtl`: the card's language is written right to left; the card is mirrored.
 */
export function OgCard({
  eyebrow,
  title,
  titleLines = 3,
  rtl = false,
  children,
}: {
  eyebrow: string;
  title: string;
  titleLines?: number;
  rtl?: boolean;
  children?: ReactNode;
}) {
  const shown = clampText(title, OG_TITLE_MAX);
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 64,
        background: "linear-gradient(135deg, #f8fafc 0%, #eef2ff 100%)",
        color: INK,
        fontFamily: "Waymark Sans",
      }}
    >
      <Brand rtl={rtl} />
      <div style={{ display: "flex", flexDirection: "column", gap: 20 }}>
        <OgText
          text={clampText(eyebrow, 80)}
          style={{ ...ONE_LINE, fontSize: 30, color: MUTED }}
          lines={1}
          fontSize={30}
          rtl={rtl}
        />
        <OgText
          text={shown}
          style={{
            display: "block",
            fontSize: shown.length > 40 ? 58 : 72,
            fontWeight: 700,
            lineHeight: 1.1,
            wordBreak: "break-word",
            lineClamp: titleLines,
          }}
          lines={titleLines}
          fontSize={shown.length > 40 ? 58 : 72}
          lineHeight={1.1}
          rtl={rtl}
        />
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 18 }}>{children}</div>
    </div>
  );
}

/**
 * One roadmap's completion as a labelled bar; `percentText` is the percentage in
 * the card's language. Mirrored on a right-to-left card: label on the right, the
 * bar filling from the right.
 */
export function OgBar({
  label,
  percent,
  percentText,
  rtl = false,
}: {
  label: string;
  percent: number;
  percentText: string;
  rtl?: boolean;
}) {
  const row = rtl ? "row-reverse" : "row";
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 8 }}>
      <div style={{ display: "flex", flexDirection: row, justifyContent: "space-between", gap: 24, fontSize: 28 }}>
        <OgText text={clampText(label, 80)} style={{ ...ONE_LINE, flexShrink: 1 }} lines={1} fontSize={28} rtl={rtl} />
        <span style={{ fontWeight: 700, flexShrink: 0 }}>{percentText}</span>
      </div>
      <div style={{ display: "flex", flexDirection: row, height: 16, borderRadius: 8, background: "#e2e8f0" }}>
        <div style={{ width: `${Math.max(percent, 1)}%`, height: 16, borderRadius: 8, background: "#059669" }} />
      </div>
    </div>
  );
}

/** A line of text under the title: two lines at most, long words broken. */
export function OgLine({ children, rtl = false }: { children: string; rtl?: boolean }) {
  return (
    <OgText
      text={children}
      style={{ fontSize: 30, color: MUTED, display: "block", wordBreak: "break-word", lineClamp: 2 }}
      lines={2}
      fontSize={30}
      rtl={rtl}
    />
  );
}
