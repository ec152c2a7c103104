import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, formatDate, formatTime } from "./format-date";

describe("formatDate", () => {
  it("writes a calendar day as itself, in every style", () => {
    expect(formatDate("2026-12-05")).toBe("5 Dec 2026");
    expect(formatDate("2027-03-31", { style: "dayMonth" })).toBe("31 Mar");
    expect(formatDate("2027-03-31", { style: "month" })).toBe("Mar 2027");
  });

  it("writes an instant as the day it falls on in the viewer's time zone", () => {
    const lateEvening = new Date("2026-12-05T23:30:00Z");
    expect(formatDate(lateEvening, { timeZone: "UTC" })).toBe("5 Dec 2026");
    expect(formatDate(lateEvening, { timeZone: "Europe/Paris" })).toBe("6 Dec 2026");
    expect(formatDate(lateEvening, { timeZone: "America/New_York" })).toBe("5 Dec 2026");
  });

  it("takes the locale as a parameter, defaulting to one place", () => {
    expect(DEFAULT_LOCALE).toBe("en-GB");
    expect(formatDate("2026-12-05", { locale: "de-DE" })).toBe("05.12.2026");
    expect(formatDate("2026-12-05", { locale: "en-US" })).toBe("Dec 5, 2026");
  });

  it("refuses anything but a day as text, rather than guess its zone", () => {
    expect(() => formatDate("2026-12-05T08:00:00Z")).toThrow(RangeError);
  });
});

describe("formatTime", () => {
  it("writes an instant with its time in the viewer's time zone, the same style as dates", () => {
    const made = new Date("2026-12-05T08:58:14Z");
    expect(formatTime(made, { timeZone: "UTC" })).toBe("5 Dec 2026, 08:58");
    expect(formatTime(made, { timeZone: "Europe/Paris" })).toBe("5 Dec 2026, 09:58");
    expect(formatTime(made, { timeZone: "Europe/Paris", locale: "de-DE" })).toBe("05.12.2026, 09:58");
  });

  it("does not depend on the machine's own time zone", () => {
    const made = new Date("2026-07-01T22:15:00Z");
    const zone = process.env.TZ;
    try {
      process.env.TZ = "Asia/Tokyo";
      const inTokyo = formatTime(made, { timeZone: "Europe/Paris" });
      process.env.TZ = "America/Los_Angeles";
      expect(formatTime(made, { timeZone: "Europe/Paris" })).toBe(inTokyo);
      expect(inTokyo).toBe("2 Jul 2026, 00:15");
    } finally {
      process.env.TZ = zone;
    }
  });
});
