import { describe, expect, it } from "vitest";
import type { GuestProgress } from "./guest-progress";
import { followSkills, skillStatuses, statusesOnRoadmap, withGuestChange } from "./guest-skills";

const backend = [
  { id: "b-git", skill: "git" },
  { id: "b-http", skill: "http" },
  { id: "b-sql", skill: null },
];
const frontend = [
  { id: "f-git", skill: "git" },
  { id: "f-css", skill: null },
];

describe("a visitor's skills", () => {
  it("copies a change to the items sharing its skill, naming the item acted on", () => {
    let all: GuestProgress = {};
    all = withGuestChange(
      all,
      { itemId: "f-css", roadmapId: "F", status: "DONE", at: "2026-12-01T00:00:00Z", skill: null },
      frontend,
    );
    all = withGuestChange(
      all,
      { itemId: "b-git", roadmapId: "B", status: "DONE", at: "2026-12-02T00:00:00Z", skill: "git" },
      backend,
    );
    // Frontend's git had no entry: it shows the skill, and catches up once frontend is on screen.
    expect(statusesOnRoadmap(all, "F", frontend).get("f-git")).toBe("DONE");
    const caught = followSkills(all, "F", frontend)!;
    expect(caught["f-git"]).toMatchObject({ status: "DONE", via: "b-git", roadmapId: "F" });
    // A change on frontend's git now copies back to backend's.
    all = withGuestChange(
      caught,
      { itemId: "f-git", roadmapId: "F", status: "IN_PROGRESS", at: "2026-12-03T00:00:00Z", skill: "git" },
      frontend,
    );
    expect(all["b-git"]).toMatchObject({ status: "IN_PROGRESS", via: "f-git" });
    expect(all["f-git"]).toEqual({
      status: "IN_PROGRESS",
      roadmapId: "F",
      updatedAt: "2026-12-03T00:00:00Z",
      skill: "git",
    });
    expect(skillStatuses(all).get("git")).toMatchObject({ itemId: "f-git", status: "IN_PROGRESS" });
    // Items without a skill keep their own status.
    expect(statusesOnRoadmap(all, "B", backend).get("b-sql")).toBeUndefined();
    expect(statusesOnRoadmap(all, "F", frontend).get("f-css")).toBe("DONE");
  });

  it("does not store anything for a roadmap the visitor does not follow, and nothing twice", () => {
    const all = withGuestChange(
      {},
      { itemId: "b-git", roadmapId: "B", status: "SKIPPED", at: "2026-12-02T00:00:00Z", skill: "git" },
      backend,
    );
    expect(followSkills(all, "F", frontend)).toBeNull();
    const followed = withGuestChange(
      all,
      { itemId: "f-css", roadmapId: "F", status: "DONE", at: "2026-12-04T00:00:00Z", skill: null },
      frontend,
    );
    expect(followed["f-git"]).toMatchObject({ status: "SKIPPED", via: "b-git" });
    expect(followSkills(followed, "F", frontend)).toBeNull();
  });
});
