import { describe, expect, it } from "vitest";
import { signInPurpose } from "./sign-in-purpose";

describe("signInPurpose", () => {
  it("says what each page that needs an account is for", () => {
    expect(signInPurpose("/roadmaps/new")?.action).toBe("write your own roadmap");
    expect(signInPurpose("/roadmaps/mine/")?.action).toBe("see your own roadmaps");
    expect(signInPurpose("/roadmaps/octocat/go/edit")?.action).toBe("edit a roadmap");
    expect(signInPurpose("/settings/tokens?x=1")?.action).toBe("create API tokens");
    expect(signInPurpose("/settings")?.action).toBe("change your settings");
  });

  it("says nothing of other pages", () => {
    expect(signInPurpose("/roadmaps/backend")).toBeNull();
    expect(signInPurpose("/")).toBeNull();
    expect(signInPurpose(null)).toBeNull();
  });
});
