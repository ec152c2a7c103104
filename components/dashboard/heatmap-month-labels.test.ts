import { describe, expect, it } from "vitest";
import { addDays } from "@/shared/time-zone";
import { heatmapMonthLabels, MIN_LABEL_GAP_WEEKS } from "./heatmap-month-labels";

function daysFrom(start: string, count: number) {
  return Array.from({ length: count }, (_, index) => ({ date: addDays(start, index) }));
}

describe("heatmapMonthLabels", () => {
  it("names each month over the first week that starts in it", () => {
    // Sunday 2026-01-04 onwards, 52 weeks and a day.
    const labels = heatmapMonthLabels(daysFrom("2026-01-04", 52 * 7 + 1));
    expect(labels[0]).toEqual({ column: 0, label: "Jan" });
    // 2026-02-01 is a Sunday: its week is column 4.
    expect(labels[1]).toEqual({ column: 4, label: "Feb" });
    expect(labels.map((label) => label.label)).toEqual([
      "Jan",
      "Feb",
      "Mar",
      "Apr",
      "May",
      "Jun",
      "Jul",
      "Aug",
      "Sep",
      "Oct",
      "Nov",
      "Dec",
      "Jan",
    ]);
    // The last column is the week of 2027-01-03, the only day of the partial last week.
    expect(labels.at(-1)).toEqual({ column: 52, label: "Jan" });
  });

  it("leaves out the first column's month when the next one would overlap it", () => {
    // Sunday 2026-01-25: January has one column before February's.
    const labels = heatmapMonthLabels(daysFrom("2026-01-25", 20 * 7));
    expect(labels[0]).toEqual({ column: 1, label: "Feb" });
    for (const [index, label] of labels.slice(1).entries()) {
      expect(label.column - labels[index]!.column).toBeGreaterThanOrEqual(MIN_LABEL_GAP_WEEKS);
    }
  });

  it("draws nothing for no days", () => {
    expect(heatmapMonthLabels([])).toEqual([]);
  });
});
