import { describe, expect, it } from "vitest";
import { cohortOf, followedRoadmap, joined, learner, SET_NOTE, SET_STATUS } from "./cohorts";
import { execute } from "./graphql-operations";
import { testDb } from "./test-db";
import { ForbiddenError, NotFoundError } from "@/shared/errors";
import { loadCohortColumn } from "@/server/services/cohorts/load-cohort-column";
import { loadCohortPage } from "@/server/services/cohorts/load-cohort-page";
import { setCohortSharing } from "@/server/services/cohorts/set-cohort-sharing";

/*
 * The cohort page's data (what /cohorts/<id> renders) keeps the API's rules:
 * names and figures of members who show them only, mentors' fields only for
 * the owner and mentors, notes only when shared, and not found outside.
 */

async function scene() {
  const db = testDb();
  const [owner, shown, hidden, stranger] = await Promise.all([learner(db), learner(db), learner(db), learner(db)]);
  const roadmap = await followedRoadmap(owner);
  const cohort = await cohortOf(owner, roadmap.id);
  await joined(shown, cohort.secret);
  await joined(hidden, cohort.secret);
  const alpha = roadmap.items.get("alpha")!;
  await execute(SET_STATUS, { id: alpha, status: "DONE" }, shown.viewer);
  await execute(SET_STATUS, { id: roadmap.items.get("gamma")!, status: "IN_PROGRESS" }, hidden.viewer);
  await execute(SET_NOTE, { id: alpha, note: "SHOWN-SHARED-NOTE" }, shown.viewer);
  await execute(SET_NOTE, { id: alpha, note: "HIDDEN-PRIVATE-NOTE" }, hidden.viewer);
  await setCohortSharing(shown.viewer, { cohortId: cohort.id, showMeToCohort: true, sharedNoteItemId: alpha });
  return { owner, shown, hidden, stranger, cohort, roadmap };
}

export function describeCohortPage(database: string): void {
  describe(`a cohort page's data on ${database}`, () => {
    it("shows a member only the members who show themselves, and no mentor's fields", async () => {
      const { hidden, shown, cohort } = await scene();
      const data = await loadCohortPage(hidden.viewer, cohort.id, "UTC");
      expect(data.runs).toBe(false);
      expect(data.invite).toBeNull();
      expect(data.members.map((member) => member.login).sort()).toEqual([hidden.login, shown.login].sort());
      expect(data.members.every((member) => member.lastActiveAt === null && member.stuckItems.length === 0)).toBe(true);
      expect(data.standing.memberCount).toBe(3);
      expect(data.sharedNotes).toEqual([
        expect.objectContaining({ author: expect.objectContaining({ login: shown.login }), itemTitle: "alpha" }),
      ]);
      expect(JSON.stringify(data)).not.toContain("HIDDEN-PRIVATE-NOTE");
      expect(data.viewerNotedItems.map((item) => item.title)).toEqual(["alpha"]);
      await expect(loadCohortColumn(hidden.viewer, cohort.id, "anything")).rejects.toBeInstanceOf(ForbiddenError);
    });

    it("shows the owner every member with their cells, and a section's statuses on demand", async () => {
      const { owner, shown, hidden, cohort } = await scene();
      const data = await loadCohortPage(owner.viewer, cohort.id, "UTC");
      expect(data.runs).toBe(true);
      expect(data.invite).toMatchObject({ uses: 2, maxUses: null });
      expect(data.members.map((member) => member.login)).toEqual([owner.login, shown.login, hidden.login]);
      const ofShown = data.members.find((member) => member.login === shown.login)!;
      expect(ofShown.cells.map((cell) => [cell.finished, cell.total])).toEqual([
        [1, 2],
        [0, 1],
      ]);
      expect(ofShown.lastActiveAt).not.toBeNull();
      const column = await loadCohortColumn(owner.viewer, cohort.id, data.sections[0]!.id);
      expect(column!.items.map((item) => item.title)).toEqual(["alpha", "beta"]);
      expect(column!.statuses.get(ofShown.userId)).toEqual(["DONE", "NOT_STARTED"]);
      expect(await loadCohortColumn(owner.viewer, cohort.id, "not-a-section")).toBeNull();
    });

    it("is not found by anyone not in the cohort, as a cohort that does not exist", async () => {
      const { stranger, cohort } = await scene();
      await expect(loadCohortPage(stranger.viewer, cohort.id, "UTC")).rejects.toBeInstanceOf(NotFoundError);
      await expect(loadCohortPage(stranger.viewer, "no-such-cohort", "UTC")).rejects.toBeInstanceOf(NotFoundError);
      await expect(loadCohortColumn(stranger.viewer, cohort.id, "x")).rejects.toBeInstanceOf(NotFoundError);
    });
  });
}
