import { describe, expect, it } from "vitest";
import { signInPurpose } from "./sign-in-purpose";

describe("signInPurpose", () => {
  it("says what each page that needs an account is for", () => {
    expect(signInPurpose("/roadmaps/new")).toBe("newRoadmap");
    expect(signInPurpose("/roadmaps/mine/")).toBe("mine");
    expect(signInPurpose("/roadmaps/octocat/go/edit")).toBe("edit");
    expect(signInPurpose("/settings/tokens?x=1")).toBe("tokens");
    expect(signInPurpose("/settings")).toBe("settings");
  });

  it("says nothing of other pages", () => {
    expect(signInPurpose("/roadmaps/backend")).toBeNull();
    expect(signInPurpose("/")).toBeNull();
    expect(signInPurpose(null)).toBeNull();
  });
});
