import { describe, expect, it } from "vitest";
import { calendarFeedPath, calendarPath, slugOfCalendarPath } from "./calendar-address";

describe("calendar addresses", () => {
  it("puts a built-in roadmap's slug and a learner's <login>/<name> in the path as they are", () => {
    expect(calendarPath("backend")).toBe("/api/calendar/backend.ics");
    expect(calendarPath("octocat/go")).toBe("/api/calendar/octocat/go.ics");
    expect(calendarFeedPath("/api/calendar/feeds/wmc_x/{slug}.ics", "octocat/go")).toBe(
      "/api/calendar/feeds/wmc_x/octocat/go.ics",
    );
  });

  it("reads back the slug of every address it builds", () => {
    for (const slug of ["backend", "octocat/go", "octo-cat/learning-go-2", "~cm0abc123/plan", "a.b_c/x"]) {
      const segments = calendarPath(slug).split("/").slice(3);
      expect(slugOfCalendarPath(segments)).toBe(slug);
    }
  });

  it("ignores case, as the roadmap pages' addresses do", () => {
    expect(slugOfCalendarPath(["OctoCat", "Go.ics"])).toBe("octocat/go");
    expect(slugOfCalendarPath(["Backend.ICS"])).toBe("backend");
  });

  it("names no roadmap for anything else", () => {
    for (const segments of [
      [],
      ["backend"],
      ["backend.ics", ""],
      ["a", "b", "c.ics"],
      [".ics"],
      ["octocat/go.ics"],
      ["octocat", "../go.ics"],
      ["-x.ics"],
      [`${"a".repeat(101)}.ics`],
      ["octo cat", "go.ics"],
    ]) {
      expect(slugOfCalendarPath(segments), JSON.stringify(segments)).toBeNull();
    }
  });
});
