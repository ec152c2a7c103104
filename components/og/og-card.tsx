import type { ReactNode } from "react";
import { clampText } from "@/shared/clamp-text";

/*
 * Link-preview cards (1200 x 630), drawn on the server by next/og (Satori):
 * flexbox and inline styles only, which is all Satori understands.
 */

export const OG_SIZE = { width: 1200, height: 630 };

const INK = "#0f172a";
const MUTED = "#475569";
const ACCENT = "#4f46e5";

function Brand() {
  return (
    <div style={{ display: "flex", alignItems: "center", gap: 16, color: ACCENT, fontSize: 34, fontWeight: 700 }}>
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
 * The frame every card shares: the brand, a title, and what the card is about.
 * `titleLines`: how many lines the title may take (fewer leave room for more below it).
 */
export function OgCard({
  eyebrow,
  title,
  titleLines = 3,
  children,
}: {
  eyebrow: string;
  title: string;
  titleLines?: number;
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
      <Brand />
      <div style={{ display: "flex", flexDirection: "column", gap: 20 }}>
        <div style={{ ...ONE_LINE, fontSize: 30, color: MUTED }}>{clampText(eyebrow, 80)}</div>
        <div
          style={{
            display: "block",
            fontSize: shown.length > 40 ? 58 : 72,
            fontWeight: 700,
            lineHeight: 1.1,
            wordBreak: "break-word",
            lineClamp: titleLines,
          }}
        >
          {shown}
        </div>
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 18 }}>{children}</div>
    </div>
  );
}

/** One roadmap's completion as a labelled bar; `percentText` is the percentage in the card's language. */
export function OgBar({ label, percent, percentText }: { label: string; percent: number; percentText: string }) {
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 8 }}>
      <div style={{ display: "flex", justifyContent: "space-between", gap: 24, fontSize: 28 }}>
        <span style={{ ...ONE_LINE, flexShrink: 1 }}>{clampText(label, 80)}</span>
        <span style={{ fontWeight: 700, flexShrink: 0 }}>{percentText}</span>
      </div>
      <div style={{ display: "flex", height: 16, borderRadius: 8, background: "#e2e8f0" }}>
        <div style={{ width: `${Math.max(percent, 1)}%`, height: 16, borderRadius: 8, background: "#059669" }} />
      </div>
    </div>
  );
}

/** A line of text under the title: two lines at most, long words broken. */
export function OgLine({ children }: { children: string }) {
  return (
    <div style={{ fontSize: 30, color: MUTED, display: "block", wordBreak: "break-word", lineClamp: 2 }}>
      {children}
    </div>
  );
}
