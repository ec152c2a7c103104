import "server-only";

import { db } from "../../db/client";
import { Prisma } from "../../db/generated/client";
import type { CohortRole, ItemStatus } from "../../db/generated/enums";
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
import { NEVER } from "../progress/status-change";

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

interface TallyRow {
  userId: string;
  sectionId: string;
  status: ItemStatus;
  count: number;
  /** The earliest time an item of the group was taken up. */
  since: Date;
  /** The latest time an item of the group took its status. */
  latest: Date;
  /** Items of the group whose status is younger than the pace window. */
  inWindow: number;
  /** Their times, for the group's items younger than RECENT_FINISH_DAYS (DONE only). */
  recent: Date[] | null;
  /** The group's items standing longer than STUCK_AFTER_DAYS (IN_PROGRESS only). */
  stuck: string[] | null;
}

/**
 * Every member's figures on a cohort's roadmap in four statements, sent
 * together, whatever the number of members and items: the members (with their
 * shared note), their progress rows summed per section and status (counts, and
 * what a plan and "stuck" need: services/progress keeps each row's `since`, so
 * no member's history is folded), their goals, and their last activity (an
 * index probe per member). Each is limited to this cohort's members on this
 * roadmap by its indexes (nothing over the whole site). Callers authorize and
 * decide what the viewer may see.
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
  const [memberRows, tallyRows, goalRows, activeRows] = await Promise.all([
    db().$queryRaw<
      {
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
      }[]
    >`
      SELECT m."userId", u."login", u."name", u."image", m."role", m."joinedAt", m."showMeToCohort",
        n."itemId" AS "noteItemId", n."body" AS "noteBody", n."html" AS "noteHtml"
      FROM "CohortMember" m JOIN "User" u ON u."id" = m."userId"
      LEFT JOIN "Note" n ON n."id" = m."sharedNoteId" AND n."userId" = m."userId"
      WHERE m."cohortId" = ${cohortId}
      ORDER BY m."joinedAt", m."userId"`,
    db().$queryRaw<TallyRow[]>`
      SELECT p."userId", i."sectionId", p."status", count(*)::int AS "count",
        min(COALESCE(p."since", p."updatedAt")) AS "since", max(p."updatedAt") AS "latest",
        count(*) FILTER (WHERE p."updatedAt" > ${windowStart})::int AS "inWindow",
        array_agg(p."updatedAt") FILTER (WHERE p."status" = 'DONE' AND p."updatedAt" > ${recentStart}) AS "recent",
        array_agg(p."itemId") FILTER (WHERE p."status" = 'IN_PROGRESS' AND p."updatedAt" < ${stuckBefore}) AS "stuck"
      FROM "Progress" p
      JOIN "Item" i ON i."id" = p."itemId"
      JOIN "Section" s ON s."id" = i."sectionId"
      WHERE p."roadmapId" = ${roadmapId} AND p."userId" IN ${members}
        AND p."status" <> 'NOT_STARTED' AND p."updatedAt" > ${NEVER} AND ${LIVE_ITEM_SQL}
      GROUP BY 1, 2, 3`,
    db().$queryRaw<{ userId: string; targetDate: Date | null; weeklyGoal: number | null }[]>`
      SELECT g."userId", g."targetDate", g."weeklyGoal" FROM "RoadmapGoal" g
      WHERE g."roadmapId" = ${roadmapId} AND g."userId" IN ${members}`,
    // Per member, the newest CHANGE by the (userId, roadmapId, at) index, read backwards.
    db().$queryRaw<{ userId: string; at: Date | null }[]>`
      SELECT cm."userId", (
        SELECT e."at" FROM "ProgressEvent" e
        WHERE e."userId" = cm."userId" AND e."roadmapId" = ${roadmapId} AND e."kind" = 'CHANGE'
        ORDER BY e."at" DESC LIMIT 1
      ) AS "at"
      FROM "CohortMember" cm WHERE cm."cohortId" = ${cohortId}`,
  ]);

  const total = content.items.length;
  const order = new Map(content.items.map((item, index) => [item.id, index]));
  const tallies = new Map<string, { sections: Map<string, SectionCounts>; tally: PlanTally; stuck: string[] }>();
  const of = (userId: string) => {
    let found = tallies.get(userId);
    if (!found) {
      found = { sections: new Map(), tally: { ...emptyTally(now, total), recentFinishes: [] }, stuck: [] };
      tallies.set(userId, found);
    }
    return found;
  };
  for (const row of tallyRows) {
    const { sections, tally, stuck } = of(row.userId);
    const counts = sections.get(row.sectionId) ?? { done: 0, inProgress: 0, skipped: 0 };
    sections.set(row.sectionId, counts);
    if (!tally.start || row.since < tally.start) tally.start = row.since;
    if (row.status === "DONE" || row.status === "SKIPPED") {
      if (!tally.lastFinish || row.latest > tally.lastFinish) tally.lastFinish = row.latest;
    }
    if (row.status === "DONE") {
      counts.done += row.count;
      tally.done += row.count;
      tally.doneInWindow += row.inWindow;
      (tally.recentFinishes as Date[]).push(...(row.recent ?? []));
    } else if (row.status === "IN_PROGRESS") {
      counts.inProgress += row.count;
      stuck.push(...(row.stuck ?? []));
    } else if (row.status === "SKIPPED") {
      counts.skipped += row.count;
      tally.skipped += row.count;
    }
  }
  const goals = new Map(
    goalRows.map((row) => [row.userId, { targetDate: isoDay(row.targetDate), weeklyGoal: row.weeklyGoal }]),
  );
  const lastActive = new Map(activeRows.map((row) => [row.userId, row.at]));

  return {
    content,
    now,
    members: memberRows.map((row) => {
      const { sections, tally, stuck } = tallies.get(row.userId) ?? of(row.userId);
      let inProgress = 0;
      for (const counts of sections.values()) inProgress += counts.inProgress;
      return {
        userId: row.userId,
        login: row.login ?? "",
        name: row.name,
        image: row.image,
        role: row.role,
        joinedAt: row.joinedAt,
        showMeToCohort: row.showMeToCohort,
        completion: completionFromCounts({ total, done: tally.done, inProgress, skipped: tally.skipped }),
        sections,
        tally,
        stuckItemIds: stuck.sort((a, b) => order.get(a)! - order.get(b)!),
        goal: goals.get(row.userId) ?? NO_GOAL,
        lastActiveAt: lastActive.get(row.userId) ?? null,
        sharedNote:
          row.noteItemId && row.noteBody !== null && content.itemById.has(row.noteItemId)
            ? { itemId: row.noteItemId, body: row.noteBody, html: row.noteHtml }
            : null,
      };
    }),
  };
}

function emptyTally(now: Date, total: number): PlanTally {
  return { now, total, done: 0, skipped: 0, start: null, lastFinish: null, doneInWindow: 0, recentFinishes: [] };
}

/** A member's plan (as on their dashboard) at the figures' instant, with days cut in `timeZone`. */
export function memberPlan(member: MemberFigures, timeZone: string): Plan {
  return planFromTally(member.tally, { timeZone, ...member.goal });
}
