import "server-only";

import { db } from "../../db/client";
import { directRead } from "../../db/direct-read";
import { Prisma } from "../../db/generated/client";
import type { CohortRole } from "../../db/generated/enums";
import { completionFromCounts, type Completion } from "../../../shared/completion";
import { STUCK_AFTER_DAYS } from "../../../shared/cohorts/cohort-limits";
import {
  PACE_WINDOW_DAYS,
  planFromTally,
  RECENT_FINISH_DAYS,
  type Plan,
  type PlanTally,
} from "../../../shared/plan/plan-roadmap";
import { isoDay, NO_GOAL, type RoadmapGoal } from "../plan/roadmap-goal";
import { LIVE_ITEM_SQL } from "../roadmaps/content/live-item";
import type { RoadmapContent } from "../roadmaps/content/roadmap-content";

const DAY_MS = 86_400_000;

export interface SectionCounts {
  done: number;
  inProgress: number;
  skipped: number;
}

/** One member's figures on the cohort's roadmap (and nothing of any other roadmap). */
export interface MemberFigures {
  userId: string;
  login: string;
  name: string | null;
  image: string | null;
  role: CohortRole;
  joinedAt: Date;
  showMeToCohort: boolean;
  completion: Completion;
  /** Per section id: the member's counts on its live items (absent: nothing). */
  sections: Map<string, SectionCounts>;
  /** What their plan needs, summed over the roadmap's live items at the figures' `now`. */
  tally: PlanTally;
  /** The live items they are stuck on at `now` (shared/cohorts/stuck-items.ts), in reading order. */
  stuckItemIds: string[];
  goal: RoadmapGoal;
  /** Their last status change on the cohort's roadmap (resets are not activity). */
  lastActiveAt: Date | null;
  /** The note they shared with the cohort, while it is on a live item of the roadmap. */
  sharedNote: { itemId: string; body: string; html: string | null } | null;
}

export interface CohortFigures {
  content: RoadmapContent;
  /** The instant the figures describe: plans and "stuck" are as of then. */
  now: Date;
  /** Every member, in the order they joined. */
  members: MemberFigures[];
}

const membersOf = (cohortId: string) =>
  Prisma.sql`(SELECT cm."userId" FROM "CohortMember" cm WHERE cm."cohortId" = ${cohortId})`;

interface CountRow {
  userId: string;
  /**
   * Per section, its id and the member's done, in progress and skipped (the
   * tally, and less the rows on retired items), space-separated, one section
   * after another, comma-separated: a row a member, as a row a section was
   * most of the figures' time (13,500 rows for 500 members on 27 sections).
   */
  counts: string;
}

interface StartRow {
  userId: string;
  /** The earliest time a live item was taken up. */
  start: Date | null;
  /** The latest time a live item became DONE or SKIPPED (and still is). */
  lastFinish: Date | null;
  /** Their last status change on the roadmap (resets are not activity). */
  lastActiveAt: Date | null;
}

interface WindowRow {
  userId: string;
  /**
   * DONE items finished after the pace window's start (retired ones too), and when (milliseconds
   * since the epoch), comma-separated (ids are generated, never with a comma): lists as text split
   * far faster than PostgreSQL arrays parse, and an array of timestamps would be read in the
   * process's zone.
   */
  windowItems: string | null;
  windowTimes: string | null;
  /** Items IN_PROGRESS for longer than STUCK_AFTER_DAYS (retired ones too), comma-separated. */
  stuck: string | null;
}

/**
 * A member's counts per section from CountRow.counts ("<id> <done> <in progress> <skipped>,..."),
 * read in one pass: splitting each section's text and converting each number took twice as long.
 */
function sectionCounts(text: string): Map<string, SectionCounts> {
  const sections = new Map<string, SectionCounts>();
  const numbers = [0, 0, 0];
  let at = 0;
  while (at < text.length) {
    const space = text.indexOf(" ", at);
    const sectionId = text.slice(at, space);
    at = space + 1;
    for (let index = 0; index < 3; index += 1) {
      const negative = text.charCodeAt(at) === 45; // "-": a retired item's rows are taken off
      if (negative) at += 1;
      let value = 0;
      for (let code = text.charCodeAt(at); code >= 48 && code <= 57; code = text.charCodeAt(at)) {
        value = value * 10 + code - 48;
        at += 1;
      }
      numbers[index] = negative ? -value : value;
      at += 1; // the space, or the comma after the last number
    }
    const counts = sections.get(sectionId);
    if (counts) {
      counts.done += numbers[0]!;
      counts.inProgress += numbers[1]!;
      counts.skipped += numbers[2]!;
    } else {
      sections.set(sectionId, { done: numbers[0]!, inProgress: numbers[1]!, skipped: numbers[2]! });
    }
  }
  return sections;
}

/** One of a member's progress rows on the roadmap, on a live item (for the probes below). */
const liveRowOf = (roadmapId: string) => Prisma.sql`
  FROM "Progress" p JOIN "Item" i ON i."id" = p."itemId" JOIN "Section" s ON s."id" = i."sectionId"
  WHERE p."userId" = cm."userId" AND p."roadmapId" = ${roadmapId} AND ${LIVE_ITEM_SQL}`;

/**
 * Every member's figures on a cohort's roadmap in five statements, sent
 * together, whatever the number of members and items, none reading a member's
 * every row: the members (with their shared note); their counts per section
 * from the tallies the database keeps (ProgressTally), less their rows on items
 * retired from a live section; what their plan and "stuck" need, by index
 * probes per member, in two statements that run at once (the earliest `since`,
 * the latest finishes and the last change; finishes in the pace window and
 * items standing too long); and their goals.
 * Callers authorize and decide what the viewer may see.
 */
export async function loadCohortFigures(
  cohortId: string,
  content: RoadmapContent,
  now = new Date(),
): Promise<CohortFigures> {
  const roadmapId = content.roadmap.id;
  const members = membersOf(cohortId);
  const windowStart = new Date(now.getTime() - PACE_WINDOW_DAYS * DAY_MS);
  const recentStart = new Date(now.getTime() - RECENT_FINISH_DAYS * DAY_MS);
  const stuckBefore = new Date(now.getTime() - STUCK_AFTER_DAYS * DAY_MS);
  const live = liveRowOf(roadmapId);
  const [memberRows, countRows, startRows, windowRows, goalRows] = await Promise.all([
    directRead<{
      userId: string;
      login: string | null;
      name: string | null;
      image: string | null;
      role: CohortRole;
      joinedAt: Date;
      showMeToCohort: boolean;
      noteItemId: string | null;
      noteBody: string | null;
      noteHtml: string | null;
    }>(Prisma.sql`
      SELECT m."userId", u."login", u."name", u."image", m."role", m."joinedAt", m."showMeToCohort",
        n."itemId" AS "noteItemId", n."body" AS "noteBody", n."html" AS "noteHtml"
      FROM "CohortMember" m JOIN "User" u ON u."id" = m."userId"
      LEFT JOIN "Note" n ON n."id" = m."sharedNoteId" AND n."userId" = m."userId"
      WHERE m."cohortId" = ${cohortId}
      ORDER BY m."joinedAt", m."userId"`),
    directRead<CountRow>(Prisma.sql`
      SELECT c."userId", string_agg(concat_ws(' ', c."sectionId", c."done", c."inProgress", c."skipped"), ',') AS "counts"
      FROM (
        SELECT t."userId", t."sectionId", t."done", t."inProgress", t."skipped"
        FROM "ProgressTally" t JOIN "Section" s ON s."id" = t."sectionId"
        WHERE t."roadmapId" = ${roadmapId} AND t."userId" IN ${members} AND s."retiredAt" IS NULL
        UNION ALL
        SELECT p."userId", i."sectionId",
          -count(*) FILTER (WHERE p."status" = 'DONE')::int,
          -count(*) FILTER (WHERE p."status" = 'IN_PROGRESS')::int,
          -count(*) FILTER (WHERE p."status" = 'SKIPPED')::int
        FROM "Item" i JOIN "Section" s ON s."id" = i."sectionId" JOIN "Progress" p ON p."itemId" = i."id"
        WHERE i."roadmapId" = ${roadmapId} AND i."retiredAt" IS NOT NULL AND s."retiredAt" IS NULL
          AND p."userId" IN ${members} AND p."status" <> 'NOT_STARTED'
        GROUP BY 1, 2
      ) c
      GROUP BY c."userId"`),
    // The probes in two statements, which the database runs at once on two connections: the
    // starts and finishes, and the pace window's finishes and the stuck items.
    directRead<StartRow>(Prisma.sql`
      SELECT cm."userId",
        (SELECT p."since" ${live} AND p."since" IS NOT NULL ORDER BY p."since" LIMIT 1) AS "start",
        (SELECT max(f."at") FROM (
          (SELECT p."updatedAt" AS "at" ${live} AND p."status" = 'DONE' ORDER BY p."updatedAt" DESC LIMIT 1)
          UNION ALL
          (SELECT p."updatedAt" AS "at" ${live} AND p."status" = 'SKIPPED' ORDER BY p."updatedAt" DESC LIMIT 1)
        ) f) AS "lastFinish",
        -- The newest CHANGE by the (userId, roadmapId, at) index, read backwards.
        (SELECT e."at" FROM "ProgressEvent" e
          WHERE e."userId" = cm."userId" AND e."roadmapId" = ${roadmapId} AND e."kind" = 'CHANGE'
          ORDER BY e."at" DESC LIMIT 1) AS "lastActiveAt"
      FROM "CohortMember" cm
      WHERE cm."cohortId" = ${cohortId}`),
    directRead<WindowRow>(Prisma.sql`
      SELECT cm."userId", w."windowItems", w."windowTimes",
        (SELECT string_agg(p."itemId", ',') FROM "Progress" p
          WHERE p."userId" = cm."userId" AND p."roadmapId" = ${roadmapId} AND p."status" = 'IN_PROGRESS'
            AND p."updatedAt" < ${stuckBefore}) AS "stuck"
      FROM "CohortMember" cm
      -- A range of the member's index, read without the items: the caller keeps the live ones
      -- (a join here let the planner scan every item once per member).
      CROSS JOIN LATERAL (
        SELECT string_agg(p."itemId", ',') AS "windowItems",
          string_agg((extract(epoch FROM p."updatedAt") * 1000)::bigint::text, ',') AS "windowTimes"
        FROM "Progress" p
        WHERE p."userId" = cm."userId" AND p."roadmapId" = ${roadmapId} AND p."status" = 'DONE'
          AND p."updatedAt" > ${windowStart}
      ) w
      WHERE cm."cohortId" = ${cohortId}`),
    // A date column: kept on Prisma, which reads it as UTC midnight (node-postgres would take local midnight).
    db().$queryRaw<{ userId: string; targetDate: Date | null; weeklyGoal: number | null }[]>`
      SELECT g."userId", g."targetDate", g."weeklyGoal" FROM "RoadmapGoal" g
      WHERE g."roadmapId" = ${roadmapId} AND g."userId" IN ${members}`,
  ]);

  const total = content.items.length;
  const order = new Map(content.items.map((item, index) => [item.id, index]));
  const sectionsOf = new Map<string, Map<string, SectionCounts>>();
  for (const row of countRows) sectionsOf.set(row.userId, sectionCounts(row.counts));
  const starts = new Map(startRows.map((row) => [row.userId, row]));
  const windows = new Map(windowRows.map((row) => [row.userId, row]));
  const goals = new Map(
    goalRows.map((row) => [row.userId, { targetDate: isoDay(row.targetDate), weeklyGoal: row.weeklyGoal }]),
  );

  return {
    content,
    now,
    members: memberRows.map((row) => {
      const sections = sectionsOf.get(row.userId) ?? new Map<string, SectionCounts>();
      const sum = { done: 0, inProgress: 0, skipped: 0 };
      for (const counts of sections.values()) {
        sum.done += counts.done;
        sum.inProgress += counts.inProgress;
        sum.skipped += counts.skipped;
      }
      const started = starts.get(row.userId);
      const recent = windows.get(row.userId);
      let doneInWindow = 0;
      const recentFinishes: Date[] = [];
      const times = recent?.windowTimes?.split(",") ?? [];
      (recent?.windowItems?.split(",") ?? []).forEach((itemId, index) => {
        if (!content.itemById.has(itemId)) return;
        doneInWindow += 1;
        const at = Number(times[index]);
        if (at > recentStart.getTime()) recentFinishes.push(new Date(at));
      });
      const tally: PlanTally = {
        now,
        total,
        done: sum.done,
        skipped: sum.skipped,
        start: started?.start ?? null,
        lastFinish: started?.lastFinish ?? null,
        doneInWindow,
        recentFinishes,
      };
      return {
        userId: row.userId,
        login: row.login ?? "",
        name: row.name,
        image: row.image,
        role: row.role,
        joinedAt: row.joinedAt,
        showMeToCohort: row.showMeToCohort,
        completion: completionFromCounts({ total, ...sum }),
        sections,
        tally,
        stuckItemIds: (recent?.stuck?.split(",") ?? [])
          .filter((id) => order.has(id))
          .sort((a, b) => order.get(a)! - order.get(b)!),
        goal: goals.get(row.userId) ?? NO_GOAL,
        lastActiveAt: started?.lastActiveAt ?? null,
        sharedNote:
          row.noteItemId && row.noteBody !== null && content.itemById.has(row.noteItemId)
            ? { itemId: row.noteItemId, body: row.noteBody, html: row.noteHtml }
            : null,
      };
    }),
  };
}

/** A member's plan (as on their dashboard) at the figures' instant, with days cut in `timeZone`. */
export function memberPlan(member: MemberFigures, timeZone: string): Plan {
  return planFromTally(member.tally, { timeZone, ...member.goal });
}
