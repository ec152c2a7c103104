import { describe, expect, it } from "vitest";
import type { Db } from "../../server/db/client";
import { tokenViewerOf } from "./factories";
import { errorCodes, execute } from "./graphql-operations";
import {
  cohortOf,
  followedRoadmap,
  joined,
  learner,
  SET_NOTE,
  SET_STATUS,
  JOIN_COHORT,
  CREATE_COHORT,
  type Learner,
} from "./cohorts";

/*
 * The consent and privacy rules of cohorts (issue 22), as server rules: run on
 * PostgreSQL (graphql/cohorts.int.test.ts) and on the embedded default
 * (graphql/cohorts.embedded.int.test.ts).
 */

const MEMBERS_VIEW = `query($id: ID!) { cohort(id: $id) { id name viewerRole memberCount
  members { nodes { user { login name avatarUrl } role joinedAt lastActiveAt stuckItems { id title }
    completion { total done inProgress skipped percent pacePerWeek forecast finishOn targetDate targetStatus } } }
  invite { uses maxUses expiresAt } inviteUrl exportPath showMeToCohort } }`;
const STANDING_VIEW = `query($id: ID!) { cohort(id: $id) {
  standing { memberCount medianPacePerWeek bands { from to members } viewer { percent band membersAhead } }
  matrix { sections { id title } sectionTotals
    rows { member { user { login } } counts cells { sectionId total done skipped inProgress percent } } }
  sharedNotes { author { login } item { id } note noteHtml } } }`;

const MUTATIONS: { name: string; document: string; input: (cohortId: string) => Record<string, unknown> }[] = [
  {
    name: "leaveCohort",
    document: `mutation($input: LeaveCohortInput!) { leaveCohort(input: $input) }`,
    input: (cohortId) => ({ cohortId }),
  },
  {
    name: "rotateCohortInvite",
    document: `mutation($input: RotateCohortInviteInput!) { rotateCohortInvite(input: $input) { id inviteUrl } }`,
    input: (cohortId) => ({ cohortId }),
  },
  {
    name: "setCohortMemberRole",
    document: `mutation($input: SetCohortMemberRoleInput!) { setCohortMemberRole(input: $input) { role } }`,
    input: (cohortId) => ({ cohortId, login: "nobody-at-all", role: "MENTOR" }),
  },
  {
    name: "removeCohortMember",
    document: `mutation($input: RemoveCohortMemberInput!) { removeCohortMember(input: $input) }`,
    input: (cohortId) => ({ cohortId, login: "nobody-at-all" }),
  },
  {
    name: "deleteCohort",
    document: `mutation($input: DeleteCohortInput!) { deleteCohort(input: $input) }`,
    input: (cohortId) => ({ cohortId }),
  },
  {
    name: "setCohortSharing",
    document: `mutation($input: SetCohortSharingInput!) { setCohortSharing(input: $input) { id } }`,
    input: (cohortId) => ({ cohortId, showMeToCohort: true }),
  },
];

async function setStatus(who: Learner, itemId: string, status: string) {
  const result = await execute(SET_STATUS, { id: itemId, status }, who.viewer);
  expect(result.errors).toBeUndefined();
}

/** Everything the viewer may see of a cohort, in two queries (one would pass the cost limit). */
async function view(who: Learner, cohortId: string) {
  const [members, standing] = await Promise.all(
    [MEMBERS_VIEW, STANDING_VIEW].map((query) => execute(query, { id: cohortId }, who.viewer)),
  );
  expect(members!.errors).toBeUndefined();
  expect(standing!.errors).toBeUndefined();
  return { ...members!.data!.cohort, ...standing!.data!.cohort };
}

/** An owner, a member, a second member, on a public roadmap; the member has statuses and notes here and elsewhere. */
async function scenario(db: Db) {
  const [owner, member, other, stranger] = await Promise.all([learner(db), learner(db), learner(db), learner(db)]);
  const roadmap = await followedRoadmap(owner);
  const elsewhere = await followedRoadmap(
    member,
    "PRIVATE",
    "# Elsewhere secret\n\n## S\n\n- [ ] hidden-item <!-- key: hidden -->\n",
  );
  const cohort = await cohortOf(owner, roadmap.id);
  await joined(member, `https://waymark.example${cohort.invite}`);
  await joined(other, cohort.secret);
  const alpha = roadmap.items.get("alpha")!;
  const beta = roadmap.items.get("beta")!;
  await setStatus(member, alpha, "DONE");
  await setStatus(member, beta, "IN_PROGRESS");
  await setStatus(member, elsewhere.items.get("hidden")!, "DONE");
  await execute(SET_NOTE, { id: alpha, note: "MEMBER-PRIVATE-NOTE-alpha" }, member.viewer);
  await execute(SET_NOTE, { id: beta, note: "MEMBER-SHARED-NOTE-beta" }, member.viewer);
  return { owner, member, other, stranger, roadmap, elsewhere, cohort, alpha, beta };
}

export function describeCohortRules(label: string, db: () => Db) {
  describe(`cohorts on ${label}`, () => {
    it("a learner creates a cohort on a public roadmap and others join with the link or its secret", async () => {
      const { owner, cohort } = await scenario(db());
      const seen = await view(owner, cohort.id);
      expect(seen.viewerRole).toBe("OWNER");
      expect(seen.memberCount).toBe(3);
      expect(seen.members.nodes.map((node: { role: string }) => node.role)).toEqual(["OWNER", "MEMBER", "MEMBER"]);
      // The owner (and mentors) can copy the current link again.
      expect(seen.inviteUrl).toBe(cohort.invite);
      expect(seen.invite).toEqual({ uses: 2, maxUses: null, expiresAt: null });
      expect(cohort.invite).toMatch(/^\/cohorts\/join\/wmi_[A-Za-z0-9_-]{43}$/);
    });

    it("mentors see statuses on the cohort's roadmap only: never another roadmap, a note, a token or an e-mail", async () => {
      const { owner, member, cohort, roadmap } = await scenario(db());
      const seen = await view(owner, cohort.id);
      const row = seen.members.nodes.find((node: { user: { login: string } }) => node.user.login === member.login);
      expect(row.completion).toMatchObject({ total: 3, done: 1, inProgress: 1, percent: 33.3 });
      const first = seen.matrix.rows.find(
        (r: { member: { user: { login: string } } }) => r.member.user.login === member.login,
      );
      expect(first.cells).toEqual([
        expect.objectContaining({ total: 2, done: 1, inProgress: 1, percent: 50 }),
        expect.objectContaining({ total: 1, done: 0, percent: 0 }),
      ]);
      // The compact form: the same figures, three numbers a section, the totals once.
      expect(seen.matrix.sectionTotals).toEqual([2, 1]);
      for (const row of seen.matrix.rows) {
        expect(row.counts).toEqual(
          row.cells.flatMap((cell: { done: number; skipped: number; inProgress: number }) => [
            cell.done,
            cell.skipped,
            cell.inProgress,
          ]),
        );
      }
      const details = await execute(
        `query($id: ID!, $s: ID!) { cohort(id: $id) { matrix { section(id: $s) { items { id } rows { member { user { login } } statuses } } } } }`,
        { id: cohort.id, s: seen.matrix.sections[0].id },
        owner.viewer,
      );
      const rows = details.data!.cohort.matrix.section.rows;
      expect(
        rows.find((r: { member: { user: { login: string } } }) => r.member.user.login === member.login).statuses,
      ).toEqual(["DONE", "IN_PROGRESS"]);
      const text = JSON.stringify(seen) + JSON.stringify(details);
      for (const secret of [
        "MEMBER-PRIVATE-NOTE",
        "MEMBER-SHARED-NOTE",
        "Elsewhere secret",
        "hidden-item",
        "@example.test",
        "wmk_",
      ])
        expect(text, secret).not.toContain(secret);
      expect(roadmap.id).toBeTruthy();
    });

    it("a member sees the standing and only the members who show themselves; a shared note only once shared", async () => {
      const { member, other, cohort, beta } = await scenario(db());
      let seen = await view(other, cohort.id);
      expect(seen.viewerRole).toBe("MEMBER");
      expect(seen.matrix).toBeNull();
      expect(seen.invite).toBeNull();
      expect(seen.inviteUrl).toBeNull();
      expect(seen.exportPath).toBeNull();
      expect(seen.members.nodes.map((node: { user: { login: string } }) => node.user.login)).toEqual([other.login]);
      expect(seen.members.nodes[0].lastActiveAt).toBeNull();
      expect(seen.standing.memberCount).toBe(3);
      expect(seen.standing.bands[3].members).toBe(1);
      expect(seen.standing.bands[0].members).toBe(2);
      expect(seen.standing.viewer).toEqual({ percent: 0, band: 0, membersAhead: 1 });
      expect(JSON.stringify(seen)).not.toContain(member.login);

      const share = await execute(
        `mutation($input: SetCohortSharingInput!) { setCohortSharing(input: $input) { showMeToCohort } }`,
        { input: { cohortId: cohort.id, sharedNoteItemId: beta } },
        member.viewer,
      );
      expect(share.errors).toBeUndefined();
      seen = await view(other, cohort.id);
      expect(seen.sharedNotes).toEqual([
        {
          author: null,
          item: { id: beta },
          note: "MEMBER-SHARED-NOTE-beta",
          noteHtml: expect.stringContaining("MEMBER-SHARED-NOTE-beta"),
        },
      ]);
      expect(JSON.stringify(seen)).not.toContain("MEMBER-PRIVATE-NOTE");
      expect(JSON.stringify(seen)).not.toContain(member.login);

      await execute(
        `mutation($input: SetCohortSharingInput!) { setCohortSharing(input: $input) { showMeToCohort } }`,
        { input: { cohortId: cohort.id, showMeToCohort: true } },
        member.viewer,
      );
      seen = await view(other, cohort.id);
      const shown = seen.members.nodes.find((node: { user: { login: string } }) => node.user.login === member.login);
      expect(shown.completion).toMatchObject({ done: 1, percent: 33.3 });
      expect(shown.lastActiveAt).toBeNull();
      expect(shown.stuckItems).toEqual([]);
      expect(seen.sharedNotes[0].author).toEqual({ login: member.login });
    });

    it("anyone not in a cohort gets not found, exactly as for a cohort that does not exist", async () => {
      const { stranger, cohort } = await scenario(db());
      const missing = "c0nonexistentcohort000000";
      for (const id of [cohort.id, missing]) {
        const read = await execute(
          `query($id: ID!) { cohort(id: $id) { id name } node(id: $id) { id } }`,
          { id },
          stranger.viewer,
        );
        expect(read).toEqual({ data: { cohort: null, node: null } });
      }
      for (const mutation of MUTATIONS) {
        const answers = await Promise.all(
          [cohort.id, missing].map((id) => execute(mutation.document, { input: mutation.input(id) }, stranger.viewer)),
        );
        expect(errorCodes(answers[0]!), mutation.name).toEqual(["NOT_FOUND"]);
        expect(answers[0]!.errors![0]!.message.replace(cohort.id, "X"), mutation.name).toBe(
          answers[1]!.errors![0]!.message.replace(missing, "X"),
        );
      }
      // Signed out: null too; a token without COHORTS: refused whatever the id, and node(id) null.
      expect(await execute(`query($id: ID!) { cohort(id: $id) { id } }`, { id: cohort.id })).toEqual({
        data: { cohort: null },
      });
      const token = tokenViewerOf({ id: stranger.viewer.userId, login: stranger.login, role: "LEARNER" }, [
        "READ_PROGRESS",
      ]);
      expect(errorCodes(await execute(`query($id: ID!) { cohort(id: $id) { id } }`, { id: cohort.id }, token))).toEqual(
        ["FORBIDDEN"],
      );
    });

    it("node(id) fetches a cohort its members are in", async () => {
      const { member, cohort } = await scenario(db());
      const result = await execute(
        `query($id: ID!) { node(id: $id) { id ... on Cohort { name viewerRole } } }`,
        { id: cohort.id },
        member.viewer,
      );
      expect(result.data!.node).toMatchObject({ id: cohort.id, viewerRole: "MEMBER" });
    });

    it("a member who leaves or is removed disappears from every view at once", async () => {
      const { owner, member, other, cohort } = await scenario(db());
      const left = await execute(
        `mutation($id: ID!) { leaveCohort(input: { cohortId: $id }) }`,
        { id: cohort.id },
        member.viewer,
      );
      expect(left.data).toEqual({ leaveCohort: true });
      const removed = await execute(
        `mutation($id: ID!, $login: String!) { removeCohortMember(input: { cohortId: $id, login: $login }) }`,
        { id: cohort.id, login: other.login },
        owner.viewer,
      );
      expect(removed.data).toEqual({ removeCohortMember: true });
      const seen = await view(owner, cohort.id);
      expect(seen.memberCount).toBe(1);
      expect(seen.standing.memberCount).toBe(1);
      expect(seen.matrix.rows).toHaveLength(1);
      const text = JSON.stringify(seen);
      expect(text).not.toContain(member.login);
      expect(text).not.toContain(other.login);
      // And to them the cohort is gone.
      expect(
        (await execute(`query($id: ID!) { cohort(id: $id) { id } }`, { id: cohort.id }, member.viewer)).data,
      ).toEqual({ cohort: null });
      expect((await execute(`{ viewer { cohorts { nodes { id } } } }`, {}, other.viewer)).data).toEqual({
        viewer: { cohorts: { nodes: [] } },
      });
    });

    it("a deleted account leaves no trace; the owner's account takes the cohort with it", async () => {
      const { owner, member, cohort } = await scenario(db());
      await db().user.delete({ where: { id: member.viewer.userId } });
      expect(await db().cohortMember.count({ where: { userId: member.viewer.userId } })).toBe(0);
      expect(JSON.stringify(await view(owner, cohort.id))).not.toContain(member.login);
      await db().user.delete({ where: { id: owner.viewer.userId } });
      expect(await db().cohort.count({ where: { id: cohort.id } })).toBe(0);
      expect(await db().cohortMember.count({ where: { cohortId: cohort.id } })).toBe(0);
      expect(await db().cohortInvite.count({ where: { cohortId: cohort.id } })).toBe(0);
    });

    it("deleting the roadmap deletes its cohorts; a followed roadmap cannot turn private", async () => {
      const { owner, roadmap, cohort } = await scenario(db());
      const privately = await execute(
        `mutation($id: ID!) { setRoadmapVisibility(input: { roadmapId: $id, visibility: PRIVATE }) { id } }`,
        { id: roadmap.id },
        owner.viewer,
      );
      expect(errorCodes(privately)).toEqual(["BAD_USER_INPUT"]);
      expect(privately.errors![0]!.message).toMatch(/a cohort follows this roadmap/);
      const deleted = await execute(
        `mutation($id: ID!) { deleteRoadmap(input: { roadmapId: $id }) }`,
        { id: roadmap.id },
        owner.viewer,
      );
      expect(deleted.data).toEqual({ deleteRoadmap: true });
      expect(await db().cohort.count({ where: { id: cohort.id } })).toBe(0);
    });

    it("follows built-in, public or unlisted roadmaps, never a private one", async () => {
      const owner = await learner(db());
      const privately = await followedRoadmap(owner, "PRIVATE");
      const refused = await execute(CREATE_COHORT, { input: { roadmapId: privately.id, name: "x" } }, owner.viewer);
      expect(errorCodes(refused)).toEqual(["BAD_USER_INPUT"]);
      const stranger = await learner(db());
      const hidden = await execute(CREATE_COHORT, { input: { roadmapId: privately.id, name: "x" } }, stranger.viewer);
      expect(errorCodes(hidden)).toEqual(["NOT_FOUND"]);
      const unlisted = await followedRoadmap(owner, "UNLISTED");
      expect(
        (await execute(CREATE_COHORT, { input: { roadmapId: unlisted.id, name: "x" } }, stranger.viewer)).errors,
      ).toBeUndefined();
    });

    it("a rotated invite stops at once; expired and used-up invites are refused clearly", async () => {
      const owner = await learner(db());
      const roadmap = await followedRoadmap(owner);
      const cohort = await cohortOf(owner, roadmap.id, { inviteMaxUses: 1 });
      const rotated = await execute(
        `mutation($id: ID!) { rotateCohortInvite(input: { cohortId: $id, inviteMaxUses: 1 }) { inviteUrl } }`,
        { id: cohort.id },
        owner.viewer,
      );
      const fresh = rotated.data!.rotateCohortInvite.inviteUrl as string;
      expect(fresh).not.toBe(cohort.invite);
      // The owner now reads the new link, never the old one.
      expect((await view(owner, cohort.id)).inviteUrl).toBe(fresh);
      const [first, second, third] = [await learner(db()), await learner(db()), await learner(db())];
      expect(errorCodes(await execute(JOIN_COHORT, { invite: cohort.secret }, first.viewer))).toEqual(["NOT_FOUND"]);
      await joined(first, fresh);
      // Joining again changes nothing and uses nothing.
      await joined(first, fresh);
      const usedUp = await execute(JOIN_COHORT, { invite: fresh }, second.viewer);
      expect(errorCodes(usedUp)).toEqual(["BAD_USER_INPUT"]);
      expect(usedUp.errors![0]!.message).toMatch(/used as many times/);
      await db().cohortInvite.update({
        where: { cohortId: cohort.id },
        data: { maxUses: null, expiresAt: new Date(Date.now() - 1000) },
      });
      const expired = await execute(JOIN_COHORT, { invite: fresh }, third.viewer);
      expect(errorCodes(expired)).toEqual(["BAD_USER_INPUT"]);
      expect(expired.errors![0]!.message).toMatch(/expired/);
      expect(errorCodes(await execute(JOIN_COHORT, { invite: "not a link" }, third.viewer))).toEqual([
        "BAD_USER_INPUT",
      ]);
    });

    it("the owner makes mentors; mentors rotate invites and see the matrix; members may do neither", async () => {
      const { owner, member, other, cohort } = await scenario(db());
      const rotate = `mutation($id: ID!) { rotateCohortInvite(input: { cohortId: $id }) { inviteUrl } }`;
      expect(errorCodes(await execute(rotate, { id: cohort.id }, member.viewer))).toEqual(["FORBIDDEN"]);
      const made = await execute(
        `mutation($id: ID!, $login: String!) { setCohortMemberRole(input: { cohortId: $id, login: $login, role: MENTOR }) { role user { login } } }`,
        { id: cohort.id, login: member.login.toUpperCase() },
        owner.viewer,
      );
      expect(made.data).toEqual({ setCohortMemberRole: { role: "MENTOR", user: { login: member.login } } });
      expect((await view(member, cohort.id)).inviteUrl).toBe(cohort.invite);
      const rotatedByMentor = (await execute(rotate, { id: cohort.id }, member.viewer)).data!.rotateCohortInvite
        .inviteUrl as string;
      expect(rotatedByMentor).toMatch(/wmi_/);
      expect((await view(owner, cohort.id)).inviteUrl).toBe(rotatedByMentor);
      expect((await view(member, cohort.id)).matrix.rows).toHaveLength(3);
      const remove = await execute(
        `mutation($id: ID!, $login: String!) { removeCohortMember(input: { cohortId: $id, login: $login }) }`,
        { id: cohort.id, login: other.login },
        member.viewer,
      );
      expect(errorCodes(remove)).toEqual(["FORBIDDEN"]);
      const ownerLeaves = await execute(
        `mutation($id: ID!) { leaveCohort(input: { cohortId: $id }) }`,
        { id: cohort.id },
        owner.viewer,
      );
      expect(errorCodes(ownerLeaves)).toEqual(["BAD_USER_INPUT"]);
    });

    it("a learner may be in 20 cohorts and a cohort may have 500 members; past either, a clear error", async () => {
      const owner = await learner(db());
      const roadmap = await followedRoadmap(owner);
      for (let index = 0; index < 20; index += 1) await cohortOf(owner, roadmap.id);
      const twentyFirst = await execute(
        CREATE_COHORT,
        { input: { roadmapId: roadmap.id, name: "one more" } },
        owner.viewer,
      );
      expect(errorCodes(twentyFirst)).toEqual(["BAD_USER_INPUT"]);
      expect(twentyFirst.errors![0]!.message).toMatch(/20 cohorts/);

      const host = await learner(db());
      const full = await cohortOf(host, roadmap.id);
      const users = Array.from({ length: 499 }, (_, index) => ({
        id: `cap-${full.id}-${index}`,
        login: `cap-${full.id}-${index}`,
      }));
      await db().user.createMany({ data: users });
      await db().cohortMember.createMany({ data: users.map((user) => ({ cohortId: full.id, userId: user.id })) });
      const late = await learner(db());
      const refused = await execute(JOIN_COHORT, { invite: full.secret }, late.viewer);
      expect(errorCodes(refused)).toEqual(["BAD_USER_INPUT"]);
      expect(refused.errors![0]!.message).toMatch(/500 members/);
    });

    it("stuck items and last activity come from the member's progress on the cohort's roadmap", async () => {
      const { owner, member, cohort, beta } = await scenario(db());
      // beta went IN_PROGRESS 20 days ago, with nothing since (its row and its event, as the writer leaves them).
      const old = new Date(Date.now() - 20 * 86_400_000);
      await db().progressEvent.updateMany({ where: { userId: member.viewer.userId, itemId: beta }, data: { at: old } });
      await db().progress.updateMany({
        where: { userId: member.viewer.userId, itemId: beta },
        data: { updatedAt: old, since: old },
      });
      const seen = await view(owner, cohort.id);
      const row = seen.members.nodes.find((node: { user: { login: string } }) => node.user.login === member.login);
      expect(row.stuckItems).toEqual([{ id: beta, title: "beta" }]);
      expect(new Date(row.lastActiveAt).getTime()).toBeGreaterThan(old.getTime());
    });
  });
}
