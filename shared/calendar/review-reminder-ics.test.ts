import { describe, expect, it } from "vitest";
import { testTranslator } from "../i18n/test-translator";
import { studyReminderIcs } from "./study-reminder-ics";

const event = {
  uid: "study-abc@waymark",
  roadmapTitle: "Backend Development",
  roadmapUrl: "https://waymark.example/roadmaps/backend",
  nextItems: [],
  remaining: 0,
  schedule: { day: "TH" as const, time: "18:30", minutes: 45 },
  from: "2026-03-11",
  now: new Date("2026-03-11T09:15:30.123Z"),
  t: testTranslator("en", "CalendarFeed"),
  reviewUrl: "https://waymark.example/review",
};

describe("the calendar feed's review reminders (issue 23)", () => {
  it("is an all-day event on each day with reviews due, with the count, a stable UID and the session's address", () => {
    const ics = studyReminderIcs({
      ...event,
      reviewDays: [
        { date: "2026-03-11", count: 3 },
        { date: "2026-03-29", count: 1 }, // a daylight-saving change in Europe: still one calendar day
      ],
    });
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(unfolded).toContain("UID:study-abc-review-2026-03-11@waymark\r\n");
    expect(unfolded).toContain("DTSTART;VALUE=DATE:20260311\r\nDTEND;VALUE=DATE:20260312\r\n");
    expect(unfolded).toContain("SUMMARY:Review: 3 items due on Backend Development\r\n");
    expect(unfolded).toContain("DTSTART;VALUE=DATE:20260329\r\nDTEND;VALUE=DATE:20260330\r\n");
    expect(unfolded).toContain("SUMMARY:Review: 1 item due on Backend Development\r\n");
    expect(unfolded).toContain("URL:https://waymark.example/review\r\n");
    expect(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")).toBe(true);
  });

  it("says them in the feed's language, Arabic's plural forms included", () => {
    const reviewDays = [
      { date: "2026-03-11", count: 3 },
      { date: "2026-03-12", count: 1 },
    ];
    const japanese = studyReminderIcs({ ...event, reviewDays, t: testTranslator("ja", "CalendarFeed") });
    expect(japanese.replace(/\r\n /g, "")).toContain("SUMMARY:復習: Backend Development の 3 件が期限です\r\n");
    const arabic = studyReminderIcs({ ...event, reviewDays, t: testTranslator("ar", "CalendarFeed") }).replace(
      /\r\n /g,
      "",
    );
    expect(arabic).toContain("SUMMARY:مراجعة: 3 عناصر مستحقة في Backend Development\r\n");
    expect(arabic).toContain("SUMMARY:مراجعة: عنصر واحد مستحق في Backend Development\r\n");
  });

  it("adds nothing on days without reviews", () => {
    expect(studyReminderIcs({ ...event, reviewDays: [] }).match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });
});
