import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween } from "@/shared/time-zone";
import { burnUpSpan, burnUpTicks, LABEL_CHAR_PX, spanDays, tickLabel, type BurnUpSpan } from "./burn-up-axis";

/** A history of one bucket a day from `first` to `today`. */
function days(first: string, today: string) {
  const length = daysBetween(first, today) + 1;
  return Array.from({ length }, (_, index) => ({ date: addDays(first, index) }));
}

// The chart's two drawings: a phone's and a wider screen's (burn-up-chart.tsx).
const PHONE = { width: 340 - 36 - 16, overhang: { left: 32, right: 16 }, maxTicks: 4 };
const WIDE = { width: 720 - 36 - 16, overhang: { left: 32, right: 16 }, maxTicks: 7 };

function layoutFor(span: BurnUpSpan, layout: typeof PHONE) {
  return { ...layout, labelOf: tickLabel(span) };
}

/** Each label's extent in px, as the chart draws it. */
function extents(span: BurnUpSpan, layout: typeof PHONE) {
  const dayWidth = layout.width / spanDays(span);
  return burnUpTicks(span, layoutFor(span, layout)).map((tick) => {
    const center = (daysBetween(span.first, tick.day) + 0.5) * dayWidth;
    const width = tickLabel(span)(tick.day).length * LABEL_CHAR_PX;
    const from = tick.anchor === "end" ? center - width : tick.anchor === "start" ? center : center - width / 2;
    return { day: tick.day, from, to: from + width };
  });
}

describe("burnUpSpan", () => {
  const history = days("2026-12-04", "2026-12-05");

  it("reaches the later of the target and the forecast", () => {
    expect(burnUpSpan(history, { finishOn: "2027-03-20", targetDate: "2027-03-31" })).toEqual({
      first: "2026-12-04",
      today: "2026-12-05",
      last: "2027-03-31",
    });
    expect(burnUpSpan(history, { finishOn: "2027-03-20", targetDate: null }).last).toBe("2027-03-20");
    expect(burnUpSpan(history, { finishOn: "2027-05-02", targetDate: "2027-03-31" }).last).toBe("2027-05-02");
  });

  it("however far the finish line is (the old axis stopped 13 weeks out)", () => {
    expect(burnUpSpan(history, { finishOn: null, targetDate: "2031-06-30" }).last).toBe("2031-06-30");
  });

  it("ends today without a projection, or with one that is not ahead", () => {
    expect(burnUpSpan(history).last).toBe("2026-12-05");
    expect(burnUpSpan(history, { finishOn: "2026-12-05", targetDate: "2026-11-30" }).last).toBe("2026-12-05");
  });
});

describe("burnUpTicks", () => {
  it("on day one with a target, labels today and the target, not yesterday on top of today", () => {
    const span = burnUpSpan(days("2026-12-04", "2026-12-05"), { finishOn: null, targetDate: "2027-03-31" });
    for (const layout of [PHONE, WIDE]) {
      const ticks = burnUpTicks(span, layoutFor(span, layout)).map((tick) => tick.day);
      expect(ticks).toContain("2026-12-05");
      expect(ticks.at(-1)).toBe("2027-03-31");
      expect(ticks).not.toContain("2026-12-04");
    }
  });

  it("on day one without a projection, labels both days, far apart", () => {
    const span = burnUpSpan(days("2026-12-04", "2026-12-05"));
    expect(burnUpTicks(span, layoutFor(span, PHONE))).toEqual([
      { day: "2026-12-04", anchor: "middle" },
      { day: "2026-12-05", anchor: "middle" },
    ]);
  });

  it("keeps the finish line's label inside the chart by ending it at its day", () => {
    const span = burnUpSpan(days("2026-10-01", "2026-12-05"), { finishOn: "2027-03-20", targetDate: null });
    const last = burnUpTicks(span, layoutFor(span, PHONE)).at(-1)!;
    expect(last).toEqual({ day: "2027-03-20", anchor: "end" });
  });

  it("spaces labels by whole weeks from today on longer spans", () => {
    const span = burnUpSpan(days("2026-09-01", "2026-12-05"), { finishOn: "2027-02-10", targetDate: null });
    const ticks = burnUpTicks(span, layoutFor(span, WIDE)).map((tick) => tick.day);
    const weekly = ticks.filter((day) => day !== span.first && day !== span.last);
    expect(weekly).toContain(span.today);
    for (const day of weekly) expect(Math.abs(daysBetween(span.today, day)) % 7).toBe(0);
  });

  it("writes the year once the span passes most of a year", () => {
    const span = burnUpSpan(days("2026-12-04", "2026-12-05"), { finishOn: null, targetDate: "2028-01-15" });
    expect(tickLabel(span)("2028-01-15")).toBe("15 Jan 2028");
    expect(tickLabel(burnUpSpan(days("2026-12-04", "2026-12-05")))("2026-12-05")).toBe("5 Dec");
  });

  it("never lets two labels overlap or leave the chart, for any history, projection and width", () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((offset) => addDays("2024-01-01", offset));
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 800 }),
        fc.option(fc.integer({ min: 0, max: 7000 })),
        fc.option(fc.integer({ min: 0, max: 7000 })),
        (first, length, forecastIn, targetIn) => {
          const today = addDays(first, length);
          const span = burnUpSpan(days(first, today), {
            finishOn: forecastIn === null ? null : addDays(today, forecastIn),
            targetDate: targetIn === null ? null : addDays(today, targetIn),
          });
          for (const layout of [PHONE, WIDE]) {
            const labels = extents(span, layout);
            expect(labels.length).toBeGreaterThan(0);
            expect(labels.length).toBeLessThanOrEqual(layout.maxTicks);
            expect(labels.map((label) => label.day)).toContain(span.today);
            for (const [index, label] of labels.entries()) {
              expect(label.from).toBeGreaterThanOrEqual(-layout.overhang.left);
              expect(label.to).toBeLessThanOrEqual(layout.width + layout.overhang.right);
              if (index > 0) expect(label.from).toBeGreaterThan(labels[index - 1]!.to);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
