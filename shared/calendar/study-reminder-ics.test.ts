import { describe, expect, it } from "vitest";
import { BadInputError } from "../errors";
import { testTranslator } from "../i18n/test-translator";
import { studyReminderIcs } from "./study-reminder-ics";
import { DEFAULT_SCHEDULE, studyScheduleFrom } from "./study-schedule";

const event = {
  uid: "study-abc@waymark",
  roadmapTitle: "Backend Development",
  roadmapUrl: "https://waymark.example/roadmaps/backend",
  nextItems: [
    { title: "Learn SQL basics; joins, too", sectionTitle: "Databases" },
    { title: "Understand HTTP", sectionTitle: "APIs and HTTP" },
  ],
  remaining: 12,
  schedule: { day: "TH" as const, time: "18:30", minutes: 45 },
  from: "2026-03-11", // a Wednesday
  now: new Date("2026-03-11T09:15:30.123Z"),
  t: testTranslator("en", "CalendarFeed"),
};

describe("studyReminderIcs", () => {
  it("is a weekly repeating event on the next chosen weekday, with the next items", () => {
    const ics = studyReminderIcs(event);
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics).toContain("DTSTART:20260312T183000\r\n");
    expect(ics).toContain("DTSTAMP:20260311T091530Z\r\n");
    expect(ics).toContain("RRULE:FREQ=WEEKLY;BYDAY=TH\r\n");
    expect(ics).toContain("DURATION:PT45M\r\n");
    expect(ics).toContain("TRIGGER:-PT10M");
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toContain(
      "DESCRIPTION:12 items to go on Backend Development. Next up:\\n- Learn SQL basics\\; joins\\, too (Databases)\\n- Understand HTTP (APIs and HTTP)\\n\\nhttps://waymark.example/roadmaps/backend",
    );
  });

  it("is written in the feed's language, the roadmap's and items' titles as they are", () => {
    const japanese = studyReminderIcs({ ...event, t: testTranslator("ja", "CalendarFeed") }).replace(/\r\n /g, "");
    expect(japanese).toContain("X-WR-CALNAME:Waymark: Backend Development\r\n");
    expect(japanese).toContain("SUMMARY:学習: Backend Development\r\n");
    expect(japanese).toContain("DESCRIPTION:Backend Development の残りは 12 項目です。次は:\\n- Learn SQL basics");
    const arabic = studyReminderIcs({ ...event, t: testTranslator("ar", "CalendarFeed") }).replace(/\r\n /g, "");
    expect(arabic).toContain("SUMMARY:دراسة: Backend Development\r\n");
    expect(arabic).toContain("DESCRIPTION:بقي 12 عنصرًا في Backend Development. التالي:\\n- Learn SQL basics");
    const done = studyReminderIcs({ ...event, remaining: 0, nextItems: [], t: testTranslator("ar", "CalendarFeed") });
    expect(done.replace(/\r\n /g, "")).toContain("DESCRIPTION:اكتمل كل شيء في Backend Development.");
  });

  it("starts today when today is the chosen day, and wraps the week", () => {
    expect(studyReminderIcs({ ...event, schedule: { ...event.schedule, day: "WE" } })).toContain("DTSTART:20260311T");
    expect(studyReminderIcs({ ...event, schedule: { ...event.schedule, day: "MO" } })).toContain("DTSTART:20260316T");
    expect(studyReminderIcs({ ...event, schedule: { ...event.schedule, day: "SU" } })).toContain("DTSTART:20260315T");
  });

  it("folds long lines at 75 octets without splitting a character", () => {
    const ics = studyReminderIcs({
      ...event,
      nextItems: Array.from({ length: 5 }, (_, index) => ({
        title: `Élément ${index} ${"é".repeat(60)}`,
        sectionTitle: "Ω",
      })),
    });
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics).not.toContain("\uFFFD");
  });

  it("asks subscribers to refresh when given a refresh interval", () => {
    expect(studyReminderIcs({ ...event, refreshHours: 6 })).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT6H");
  });
});

describe("studyScheduleFrom", () => {
  it("takes defaults and checks each value", () => {
    expect(studyScheduleFrom(new URLSearchParams())).toEqual(DEFAULT_SCHEDULE);
    expect(studyScheduleFrom(new URLSearchParams("day=sa&time=07:05&minutes=90"))).toEqual({
      day: "SA",
      time: "07:05",
      minutes: 90,
    });
    for (const bad of ["day=XX", "time=24:00", "time=7:00", "minutes=5", "minutes=1e3", "minutes=999"]) {
      expect(() => studyScheduleFrom(new URLSearchParams(bad))).toThrow(BadInputError);
    }
  });
});
