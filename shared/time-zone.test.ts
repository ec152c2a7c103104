import { describe, expect, it } from "vitest";
import { checkTimeZone, daysBetween, mondayOf } from "./time-zone";

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
