import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, checkTimeZone, dayOfWeek, daysBetween, isoDateIn, mondayOf } from "./time-zone";

describe("checkTimeZone", () => {
  it("accepts IANA names and UTC, and refuses abbreviations PostgreSQL reads differently", () => {
    expect(checkTimeZone("Europe/Paris")).toBe("Europe/Paris");
    expect(checkTimeZone("America/Argentina/Buenos_Aires")).toBe("America/Argentina/Buenos_Aires");
    expect(checkTimeZone("UTC")).toBe("UTC");
    for (const bad of ["PST", "EST", "Mars/Olympus", "Europe/Paris'; DROP TABLE", ""]) {
      expect(() => checkTimeZone(bad)).toThrow(/Unknown time zone/);
    }
  });
});

describe("isoDateIn", () => {
  it("gives each zone's date however many spellings of zones come by (its kept formatters start afresh past their bound)", () => {
    const instant = new Date("2026-03-08T03:30:00Z");
    const spellings = (zone: string) =>
      Array.from({ length: 300 }, (_, n) =>
        [...zone].map((char, index) => ((n >> index) & 1 ? char.toUpperCase() : char.toLowerCase())).join(""),
      );
    for (const [zone, date] of [
      ["America/Los_Angeles", "2026-03-07"],
      ["Asia/Tokyo", "2026-03-08"],
    ] as const) {
      for (const spelling of [...new Set(spellings(zone))]) expect(isoDateIn(instant, spelling)).toBe(date);
    }
  });
});

describe("calendar arithmetic", () => {
  it("counts days across months, leap days and daylight saving changes", () => {
    expect(daysBetween("2026-03-28", "2026-04-02")).toBe(5);
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2026-04-02", "2026-03-28")).toBe(-5);
  });

  it("finds the Monday of a week, a Sunday belonging to the week before", () => {
    expect(mondayOf("2026-03-11")).toBe("2026-03-09");
    expect(mondayOf("2026-03-09")).toBe("2026-03-09");
    expect(mondayOf("2026-03-15")).toBe("2026-03-09");
    expect(mondayOf("2026-01-01")).toBe("2025-12-29");
  });
});

describe("calendar arithmetic without Date objects", () => {
  // The definitions on Date objects that the day-number arithmetic replaced.
  const byDate = {
    addDays(date: string, days: number) {
      const at = new Date(`${date}T12:00:00Z`);
      at.setUTCDate(at.getUTCDate() + days);
      return at.toISOString().slice(0, 10);
    },
    dayOfWeek: (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay(),
    daysBetween: (from: string, to: string) =>
      Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000),
  };
  const isoDate = fc
    .date({ min: new Date("0000-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));
  const offset = fc.oneof(fc.integer({ min: -800, max: 800 }), fc.integer({ min: -3_000_000, max: 3_000_000 }));

  it("agrees with Date on every date of years 0000-9999 and any whole offset", () => {
    fc.assert(
      fc.property(isoDate, isoDate, offset, (date, other, days) => {
        expect(addDays(date, days)).toBe(byDate.addDays(date, days));
        expect(dayOfWeek(date)).toBe(byDate.dayOfWeek(date));
        expect(daysBetween(date, other)).toBe(byDate.daysBetween(date, other));
      }),
      { numRuns: 5_000 },
    );
  });

  it("takes Date's path, answers and errors alike, for anything that is not a real date", () => {
    for (const odd of [
      "2026-02-29",
      "2026-02-31",
      "2026-13-01",
      "2026-00-10",
      "2026-1-1",
      "",
      "garbage",
      "12026-01-01",
    ]) {
      const expected = (() => {
        try {
          return byDate.addDays(odd, 1);
        } catch (error) {
          return error instanceof Error ? error.name : "thrown";
        }
      })();
      const actual = (() => {
        try {
          return addDays(odd, 1);
        } catch (error) {
          return error instanceof Error ? error.name : "thrown";
        }
      })();
      expect(actual).toBe(expected);
    }
    expect(addDays("2026-03-01", 0.5)).toBe(byDate.addDays("2026-03-01", 0.5));
    expect(addDays("9999-12-31", 1)).toBe(byDate.addDays("9999-12-31", 1));
    expect(addDays("0000-01-01", -1)).toBe(byDate.addDays("0000-01-01", -1));
  });
});
