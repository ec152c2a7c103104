import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import { addDays } from "@/shared/time-zone";
import { ActivityHeatmap, heatmapMonthPlacements } from "./activity-heatmap";
import { BurnUpChart } from "./burn-up-chart";

/*
 * The charts' time axis runs the way the page reads: left to right in English,
 * right to left in Arabic (the heatmap's oldest week on the right, the burn-up
 * chart's first day on the right and its count's axis beside it), with the
 * figures still written left to right.
 */

const MESSAGES = { en, ar } as const;

type ProviderProps = ComponentProps<typeof NextIntlClientProvider>;

function render(locale: keyof typeof MESSAGES, element: ReactElement): string {
  // The provider's children come as createElement's third argument, which its props' type does not know.
  const props: Omit<ProviderProps, "children"> = { locale, messages: MESSAGES[locale], timeZone: "UTC" };
  return renderToStaticMarkup(createElement(NextIntlClientProvider, props as ProviderProps, element));
}

/** Every `<tag ...>` of the markup with an attribute, as that attribute's value and the element's text. */
function elements(markup: string, tag: string): { attributes: Record<string, string>; text: string }[] {
  const pattern = new RegExp(`<${tag}\\b([^>]*)>([^<]*)`, "g");
  return [...markup.matchAll(pattern)].map(([, attributes, text]) => ({
    attributes: Object.fromEntries(
      [...attributes!.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value]),
    ),
    text: text!,
  }));
}

// 53 weeks from a Sunday, as the server hands the heatmap: some days with changes.
const DAYS = Array.from({ length: 53 * 7 }, (_, index) => ({
  date: addDays("2025-12-07", index),
  count: index % 5 === 0 ? 3 : 0,
}));
const ACTIVITY = { days: DAYS, currentStreak: 1, longestStreak: 2, totalChanges: 222 };

describe("the activity heatmap", () => {
  const x = (markup: string, date: string) =>
    Number(elements(markup, "rect").find((rect) => rect.attributes["data-date"] === date)!.attributes.x);
  const first = DAYS[0]!.date;
  const last = DAYS.at(-1)!.date;

  it("runs left to right in English, the latest week on the right", () => {
    const markup = render("en", createElement(ActivityHeatmap, { activity: ACTIVITY }));
    expect(x(markup, first)).toBe(0);
    expect(x(markup, last)).toBe(52 * 13);
    expect(markup).toContain('aria-label="Activity grid, latest week on the right"');
    // Month names in English, each starting over its column.
    const months = elements(markup, "text").filter((text) => text.attributes.y === "10");
    expect(months.map((month) => month.text)).toContain("Jan");
    expect(Number(months[0]!.attributes.x)).toBeLessThan(Number(months.at(-1)!.attributes.x));
  });

  it("runs right to left in Arabic, the latest week on the left, months and days in Arabic", () => {
    const markup = render("ar", createElement(ActivityHeatmap, { activity: ACTIVITY }));
    expect(x(markup, first)).toBe(52 * 13);
    expect(x(markup, last)).toBe(0);
    expect(markup).toContain('data-dir="rtl"');
    expect(markup).toContain('direction="rtl"');
    expect(markup).toContain('aria-label="شبكة النشاط، وأحدث أسبوع على اليسار"');
    const months = elements(markup, "text").filter((text) => text.attributes.y === "10");
    expect(months.map((month) => month.text)).toContain("يناير");
    // The first month's name is over the oldest weeks, on the right; the last one's on the left.
    expect(Number(months[0]!.attributes.x)).toBeGreaterThan(Number(months.at(-1)!.attributes.x));
    expect(markup).toContain("الاثنين");
    expect(markup).toContain("آخر 52 أسبوعًا");
  });
  it("keeps a month's name inside the grid when its month starts in the last weeks", () => {
    const labels = [
      { column: 47, label: "نوفمبر" },
      { column: 52, label: "ديسمبر" },
    ];
    const [november, december] = heatmapMonthPlacements(labels, 53, "rtl");
    // Anchored at its right end, reading leftwards: at least its estimated width from the left edge.
    expect(december!.x).toBeGreaterThanOrEqual(6 * 6 - 2);
    expect(november!.x).toBe(53 * 13 - 2 - 47 * 13);
    const english = heatmapMonthPlacements([{ column: 52, label: "Dec" }], 53, "ltr");
    expect(english[0]!.x + 3 * 6).toBeLessThanOrEqual(53 * 13);
    // Pushed back onto the name before it, a name is left out.
    expect(
      heatmapMonthPlacements(
        [
          { column: 51, label: "نوفمبر" },
          { column: 52, label: "ديسمبر" },
        ],
        53,
        "rtl",
      ),
    ).toHaveLength(1);
  });
});

describe("the burn-up chart", () => {
  const HISTORY = Array.from({ length: 30 }, (_, index) => ({
    date: addDays("2026-11-01", index),
    finished: index,
    done: index,
    total: 44,
  }));
  const chart = createElement(BurnUpChart, {
    title: "Backend",
    history: HISTORY,
    projection: { finishOn: "2026-12-20", targetDate: null },
  });

  /** The wide drawing (the page shows it from 640 px). */
  const wide = (markup: string) => markup.slice(markup.indexOf('class="hidden sm:block"'));

  /** The wide drawing's day labels, in the order drawn, with where each sits across the chart. */
  function dayLabels(markup: string) {
    const drawing = wide(markup);
    const axis = drawing.slice(drawing.indexOf("visx-axis-bottom"), drawing.indexOf("</div>"));
    return elements(axis, "tspan").map((text) => ({ x: Number(text.attributes.x), label: text.text }));
  }

  /** Where the count's axis stands across the chart. */
  function countAxisX(markup: string) {
    return Number(/visx-axis-(?:left|right)" transform="translate\(([\d.]+)/.exec(wide(markup))![1]);
  }

  it("runs left to right in English", () => {
    const markup = render("en", chart);
    const labels = dayLabels(markup);
    expect(labels.length).toBeGreaterThanOrEqual(2);
    // Earlier days to the left of later ones; the first label is the first day.
    expect(labels[0]!.label).toBe("1 Nov");
    expect(labels[0]!.x).toBeLessThan(labels.at(-1)!.x);
    expect(markup).toContain("visx-axis-left");
    expect(countAxisX(markup)).toBe(0);
    expect(markup).toContain("Backend: 0 finished on 1 Nov 2026, 29 of 44 today.");
  });

  it("runs right to left in Arabic, its count's axis on the right and its figures left to right", () => {
    const markup = render("ar", chart);
    const labels = dayLabels(markup);
    expect(labels[0]!.label).toBe("1 نوفمبر");
    // The first day on the right, later days leftwards.
    expect(labels[0]!.x).toBeGreaterThan(labels.at(-1)!.x);
    expect(markup).toContain('direction="rtl"');
    expect(markup).toContain("visx-axis-right");
    expect(markup).not.toContain("visx-axis-left");
    expect(countAxisX(markup)).toBeGreaterThan(labels.at(-1)!.x);
    expect(markup).toMatch(/direction="ltr"[^>]*><tspan[^>]*>0</);
    expect(markup).toContain("المكتمل");
  });
});
