import "server-only";

import type { CohortRole } from "../../db/generated/enums";
import type { Completion } from "../../../shared/completion";
import { cohortStanding, type CohortStanding } from "../../../shared/cohorts/cohort-standing";
import { NotFoundError } from "../../../shared/errors";
import type { Plan } from "../../../shared/plan/plan-roadmap";
import { db } from "../../db/client";
import { renderNoteOrPlainText } from "../notes/render-note-or-plain-text";
import { LIVE_ITEM } from "../roadmaps/content/live-item";
import { loadRoadmapContents, type RoadmapSummary } from "../roadmaps/content/roadmap-content";
import { requireScope, type MaybeViewer } from "../viewer";
import { getCohortOrThrow, runsCohort, type CohortView } from "./cohort-access";
import { loadCohortFigures, memberPlan } from "./cohort-figures";
import { cohortInvitesOf } from "./cohort-invites-of";
import { invitePath } from "./invite-secret";
import { membersShownTo } from "./members-shown-to";

/** A member's counts on one section: a cell of the mentor's matrix. */
export interface CohortCell {
  sectionId: string;
  total: number;
  /** Done and skipped: what the percentage counts. */
  finished: number;
  inProgress: number;
  percent: number;
}

/** One member as the viewer may see them. */
export interface CohortPageMember {
  userId: string;
  login: string;
  name: string | null;
  role: CohortRole;
  joinedAt: Date;
  isViewer: boolean;
  completion: Completion;
  plan: Plan;
  /** The owner and mentors only: null for other viewers. */
  lastActiveAt: Date | null;
  /** The owner and mentors only: empty for other viewers. */
  stuckItems: { id: string; title: string }[];
  cells: CohortCell[];
}

export interface CohortPageData {
  cohort: CohortView;
  runs: boolean;
  roadmap: RoadmapSummary;
  sections: { id: string; title: string; total: number }[];
  /** The members the viewer may see, in the order they joined. */
  members: CohortPageMember[];
  standing: CohortStanding;
  /** The current invite: its link's path (null if made before links were kept), expiry and uses; null for members. */
  invite: { link: string | null; createdAt: Date; expiresAt: Date | null; maxUses: number | null; uses: number } | null;
  sharedNotes: { author: { login: string; name: string | null } | null; itemTitle: string; html: string }[];
  /** The viewer's own shared note's item, if any. */
  viewerSharedItemId: string | null;
  /** The items of the roadmap the viewer has a note on, in reading order: what they may share. */
  viewerNotedItems: { id: string; title: string }[];
}

/**
 * Everything a cohort's page shows, for one of its members (NOT_FOUND for
 * anyone else, as for a cohort that does not exist): the same figures and
 * rules as the API (loadCohortFigures, membersShownTo), with plans in the
 * viewer's time zone, and the items the viewer may share a note of. Nine
 * statements whatever the cohort's size.
 */
export async function loadCohortPage(
  viewer: MaybeViewer,
  cohortId: string,
  timeZone: string,
  now = new Date(),
): Promise<CohortPageData> {
  const known = requireScope(viewer, "COHORTS");
  const cohort = await getCohortOrThrow(known, cohortId);
  const runs = runsCohort(cohort.viewerRole);
  const [[content], invite] = await Promise.all([
    loadRoadmapContents(known, [cohort.roadmapId]),
    runs ? cohortInvitesOf([cohort.id]).then(([found]) => found ?? null) : null,
  ]);
  if (!content) throw new NotFoundError(`Cohort ${cohortId}`);
  const [figures, notes] = await Promise.all([
    loadCohortFigures(cohort.id, content, now),
    db().note.findMany({
      where: { userId: known.userId, item: { ...LIVE_ITEM, roadmapId: content.roadmap.id } },
      select: { itemId: true },
    }),
  ]);
  const noted = new Set(notes.map((note) => note.itemId));
  const itemIds = content.items.map((item) => item.id);
  const shown = new Set(membersShownTo(cohort, figures.members).map((member) => member.userId));
  const plans = new Map(figures.members.map((member) => [member.userId, memberPlan(member, timeZone)]));
  const members = figures.members
    .filter((member) => shown.has(member.userId))
    .map((member): CohortPageMember => ({
      userId: member.userId,
      login: member.login,
      name: member.name,
      role: member.role,
      joinedAt: member.joinedAt,
      isViewer: member.userId === cohort.viewerId,
      completion: member.completion,
      plan: plans.get(member.userId)!,
      lastActiveAt: runs ? member.lastActiveAt : null,
      stuckItems: runs ? member.stuckItemIds.map((id) => ({ id, title: content.itemById.get(id)!.title })) : [],
      cells: content.sections.map((section) => {
        const counts = member.sections.get(section.id) ?? { done: 0, inProgress: 0, skipped: 0 };
        const total = section.allItems.length;
        const finished = counts.done + counts.skipped;
        return {
          sectionId: section.id,
          total,
          finished,
          inProgress: counts.inProgress,
          percent: total === 0 ? 0 : Math.round((finished / total) * 1000) / 10,
        };
      }),
    }));
  const order = new Map(itemIds.map((id, index) => [id, index]));
  const sharedNotes = figures.members
    .flatMap((member) => {
      const note = member.sharedNote;
      const item = note && content.itemById.get(note.itemId);
      if (!note || !item) return [];
      return [
        {
          author: shown.has(member.userId) ? { login: member.login, name: member.name } : null,
          itemTitle: item.title,
          html: note.html ?? renderNoteOrPlainText(note.body),
          position: order.get(item.id) ?? 0,
        },
      ];
    })
    .sort((a, b) => a.position - b.position)
    .map(({ position: _position, ...note }) => note);
  return {
    cohort,
    runs,
    roadmap: content.roadmap,
    sections: content.sections.map((section) => ({
      id: section.id,
      title: section.title,
      total: section.allItems.length,
    })),
    members,
    standing: cohortStanding(
      figures.members.map((member) => ({
        userId: member.userId,
        percent: member.completion.percent,
        pacePerWeek: plans.get(member.userId)!.pacePerWeek,
      })),
      cohort.viewerId,
    ),
    invite: invite && {
      link: invite.secret ? invitePath(invite.secret) : null,
      createdAt: invite.createdAt,
      expiresAt: invite.expiresAt,
      maxUses: invite.maxUses,
      uses: invite.uses,
    },
    sharedNotes,
    viewerNotedItems: content.items
      .filter((item) => noted.has(item.id))
      .map((item) => ({ id: item.id, title: item.title })),
    viewerSharedItemId: figures.members.find((member) => member.userId === cohort.viewerId)?.sharedNote?.itemId ?? null,
  };
}
