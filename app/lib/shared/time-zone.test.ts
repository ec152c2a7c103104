import { describe, expect, it } from "vitest";
import { checkTimeZone } from "./time-zone";

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
