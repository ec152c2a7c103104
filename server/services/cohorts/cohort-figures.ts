import "server-only";

import { db } from "../../db/client";
import { Prisma } from "../../db/generated/client";
import type { CohortRole, ItemStatus } from "../../db/generated/enums";
import { completionFromCounts, type Completion } from "../../../shared/completion";
import type { ItemFacts } from "../../../shared/plan/item-facts";
import { factsOf, itemFactsRows } from "../plan/item-facts-rows";
import { isoDay, NO_GOAL, type RoadmapGoal } from "../plan/roadmap-goal";
import { LIVE_ITEM_SQL } from "../roadmaps/content/live-item";
import type { RoadmapContent } from "../roadmaps/content/roadmap-content";
import { NEVER } from "../progress/status-change";

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
  /** Per item: the member's facts (items without are untouched), for the plan and "stuck". */
  facts: Map<string, ItemFacts>;
  goal: RoadmapGoal;
  /** Their last status change on the cohort's roadmap (resets are not activity). */
  lastActiveAt: Date | null;
  /** The note they shared with the cohort, while it is on a live item of the roadmap. */
  sharedNote: { itemId: string; body: string; html: string | null } | null;
}

export interface CohortFigures {
  content: RoadmapContent;
  /** Every member, in the order they joined. */
  members: MemberFigures[];
}

const membersOf = (cohortId: string) =>
  Prisma.sql`(SELECT cm."userId" FROM "CohortMember" cm WHERE cm."cohortId" = ${cohortId})`;

/**
 * Every member's figures on a cohort's roadmap in five statements, sent
 * together, whatever the number of members and items: the members (with their
 * shared note), their status counts per section (grouped in SQL), their item
 * facts, their goals and their last activity, each limited to this cohort's
 * members on this roadmap by its indexes (nothing over the whole site). Callers
 * authorize (the viewer is in the cohort) and decide what the viewer may see.
 */
export async function loadCohortFigures(cohortId: string, content: RoadmapContent): Promise<CohortFigures> {
  const roadmapId = content.roadmap.id;
  const members = membersOf(cohortId);
  const [memberRows, countRows, factRows, goalRows, activeRows] = await Promise.all([
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
    db().$queryRaw<{ userId: string; sectionId: string; status: ItemStatus; count: number }[]>`
      SELECT p."userId", i."sectionId", p."status", count(*)::int AS "count"
      FROM "Progress" p
      JOIN "Item" i ON i."id" = p."itemId"
      JOIN "Section" s ON s."id" = i."sectionId"
      WHERE p."roadmapId" = ${roadmapId} AND p."userId" IN ${members}
        AND p."status" <> 'NOT_STARTED' AND p."updatedAt" > ${NEVER} AND ${LIVE_ITEM_SQL}
      GROUP BY 1, 2, 3`,
    itemFactsRows(Prisma.sql`e."userId" IN ${members}`, [roadmapId]),
    db().$queryRaw<{ userId: string; targetDate: Date | null; weeklyGoal: number | null }[]>`
      SELECT g."userId", g."targetDate", g."weeklyGoal" FROM "RoadmapGoal" g
      WHERE g."roadmapId" = ${roadmapId} AND g."userId" IN ${members}`,
    db().$queryRaw<{ userId: string; at: Date }[]>`
      SELECT e."userId", max(e."at") AS "at" FROM "ProgressEvent" e
      WHERE e."roadmapId" = ${roadmapId} AND e."userId" IN ${members} AND e."kind" = 'CHANGE'
      GROUP BY 1`,
  ]);

  const sections = new Map<string, Map<string, SectionCounts>>();
  for (const row of countRows) {
    const ofUser = sections.get(row.userId) ?? new Map<string, SectionCounts>();
    sections.set(row.userId, ofUser);
    const counts = ofUser.get(row.sectionId) ?? { done: 0, inProgress: 0, skipped: 0 };
    ofUser.set(row.sectionId, counts);
    if (row.status === "DONE") counts.done += row.count;
    else if (row.status === "IN_PROGRESS") counts.inProgress += row.count;
    else if (row.status === "SKIPPED") counts.skipped += row.count;
  }
  const facts = new Map<string, Map<string, ItemFacts>>();
  for (const row of factRows) {
    const ofUser = facts.get(row.userId) ?? new Map<string, ItemFacts>();
    facts.set(row.userId, ofUser);
    ofUser.set(row.itemId, factsOf(row));
  }
  const goals = new Map(
    goalRows.map((row) => [row.userId, { targetDate: isoDay(row.targetDate), weeklyGoal: row.weeklyGoal }]),
  );
  const lastActive = new Map(activeRows.map((row) => [row.userId, row.at]));

  return {
    content,
    members: memberRows.map((row) => {
      const ofUser = sections.get(row.userId) ?? new Map<string, SectionCounts>();
      const total = { done: 0, inProgress: 0, skipped: 0 };
      for (const counts of ofUser.values()) {
        total.done += counts.done;
        total.inProgress += counts.inProgress;
        total.skipped += counts.skipped;
      }
      return {
        userId: row.userId,
        login: row.login ?? "",
        name: row.name,
        image: row.image,
        role: row.role,
        joinedAt: row.joinedAt,
        showMeToCohort: row.showMeToCohort,
        completion: completionFromCounts({ total: content.items.length, ...total }),
        sections: ofUser,
        facts: facts.get(row.userId) ?? new Map(),
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
