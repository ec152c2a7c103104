import { describe, expect, it } from "vitest";
import { routeLabel } from "./metrics";

describe("routeLabel", () => {
  it("keeps logins, slugs and calendar secrets out of metric labels", () => {
    expect(routeLabel("/api/badges/octocat/backend.svg")).toBe("/api/badges/[login]/[file]");
    expect(routeLabel(`/api/calendar/feeds/wmc_${"x".repeat(43)}/backend.ics`)).toBe(
      "/api/calendar/feeds/[token]/[file]",
    );
    expect(routeLabel("/api/calendar/backend.ics")).toBe("/api/calendar/[file]");
    // A learner's roadmap: its owner's login is in the path.
    expect(routeLabel("/api/calendar/octocat/go.ics")).toBe("/api/calendar/[file]");
    expect(routeLabel(`/api/calendar/feeds/wmc_${"x".repeat(43)}/octocat/go.ics`)).toBe(
      "/api/calendar/feeds/[token]/[file]",
    );
    expect(routeLabel("/roadmaps/octocat/go/opengraph-image")).toBe("/roadmaps/[slug]");
    expect(routeLabel("/u/octocat")).toBe("/u/[login]");
    expect(routeLabel("/u/octocat/opengraph-image")).toBe("/u/[login]");
    expect(routeLabel("/settings/profile")).toBe("/settings/profile");
  });
});
