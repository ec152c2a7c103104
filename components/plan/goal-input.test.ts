import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { checkGoalInput } from "./goal-input";

const TODAY = "2026-12-05";

describe("checkGoalInput", () => {
  it("passes a day from today on and a weekly goal, and empty fields as cleared", () => {
    expect(checkGoalInput({ targetDate: "2026-12-05", weeklyGoal: "3" }, TODAY)).toEqual({
      ok: true,
      input: { targetDate: "2026-12-05", weeklyGoal: 3 },
    });
    expect(checkGoalInput({ targetDate: "", weeklyGoal: " " }, TODAY)).toEqual({
      ok: true,
      input: { targetDate: null, weeklyGoal: null },
    });
  });

  it("says to pick today or later for a day that has passed, and keeps checking the other field", () => {
    expect(checkGoalInput({ targetDate: "2020-01-01", weeklyGoal: "0" }, TODAY)).toEqual({
      ok: false,
      errors: { targetDate: "datePassed", weeklyGoal: "weeklyRange" },
    });
    expect(checkGoalInput({ targetDate: "2026-12-04", weeklyGoal: "3" }, TODAY)).toMatchObject({
      ok: false,
      errors: { targetDate: "datePassed" },
    });
    // The sentences the form shows for them.
    const t = createTranslator({ locale: "en", messages: en, namespace: "GoalForm" });
    expect(t("datePassed")).toBe("That day has passed: pick today or later.");
    expect(t("weeklyRange", { max: 500 })).toBe("Pick a whole number of items from 1 to 500.");
  });

  it("refuses a weekly goal that is not a whole number from 1 to 500", () => {
    for (const weeklyGoal of ["2.5", "501", "-1", "three"]) {
      expect(checkGoalInput({ targetDate: "", weeklyGoal }, TODAY).ok).toBe(false);
    }
  });
});
