import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { createApiToken } from "./api-tokens";
import { sessionViewerOf, tokenViewerOf } from "./factories";
import { cohortOf, followedRoadmap, joined, SET_STATUS } from "./cohorts";
import { execute } from "./graphql-operations";
import { testDb } from "./test-db";
import { GET } from "@/app/api/cohorts/[cohortId]/export/route";

/** A cohort whose owner has a token with COHORTS, and a member whose name is a formula. */
async function scenario() {
  const owner = await createApiToken(testDb(), ["COHORTS"]);
  const ownerViewer = sessionViewerOf({ id: owner.userId, login: owner.login, role: "LEARNER" });
  const roadmap = await followedRoadmap({ viewer: ownerViewer, login: owner.login });
  const cohort = await cohortOf({ viewer: ownerViewer, login: owner.login }, roadmap.id, { name: "=HYPERLINK(1)" });
  const member = await createApiToken(testDb(), ["COHORTS", "WRITE_PROGRESS"]);
  await testDb().user.update({ where: { id: member.userId }, data: { name: '@SUM(A1), "quoted"\ttab' } });
  const memberViewer = tokenViewerOf({ id: member.userId, login: member.login, role: "LEARNER" }, [
    "COHORTS",
    "WRITE_PROGRESS",
  ]);
  await joined({ viewer: memberViewer, login: member.login }, cohort.secret);
  await execute(SET_STATUS, { id: roadmap.items.get("alpha"), status: "DONE" }, memberViewer);
  return { owner, member, cohort };
}

function get(cohortId: string, token?: string) {
  return GET(
    new NextRequest(`http://localhost/api/cohorts/${cohortId}/export`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    }),
    { params: Promise.resolve({ cohortId }) },
  );
}

export function describeCohortExport(database: string): void {
  describe(`GET /api/cohorts/<id>/export on ${database}`, () => {
    it("gives the owner the matrix as CSV, every cell that could run as a formula quoted", async () => {
      const { owner, member, cohort } = await scenario();
      const response = await get(cohort.id, owner.token);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(response.headers.get("content-disposition")).toMatch(/attachment/);
      const lines = (await response.text()).trimEnd().split("\r\n");
      expect(lines[0]).toBe(
        "login,name,role,joined,percent,done,skipped,total,pace per week,forecast,finish on,target date,target status,last active,stuck items,First,Second",
      );
      const row = lines.find((line) => line.startsWith(member.login))!;
      expect(row).toContain(`"'@SUM(A1), ""quoted""\ttab"`);
      expect(row).toContain(",MEMBER,");
      expect(row.endsWith(",1/2,0/1")).toBe(true);
      expect(lines).toHaveLength(3);
    });

    it("is not found for anyone not in the cohort, forbidden for its members, and needs a sign-in", async () => {
      const { member, cohort } = await scenario();
      const stranger = await createApiToken(testDb(), ["COHORTS"]);
      const strangers = await get(cohort.id, stranger.token);
      const missing = await get("c0nonexistentcohort000000", stranger.token);
      expect(strangers.status).toBe(404);
      expect((await strangers.text()).replace(cohort.id, "X")).toBe(
        (await missing.text()).replace("c0nonexistentcohort000000", "X"),
      );
      expect((await get(cohort.id, member.token)).status).toBe(403);
      expect((await get(cohort.id)).status).toBe(401);
      const withoutScope = await createApiToken(testDb(), ["READ_PROGRESS"]);
      expect((await get(cohort.id, withoutScope.token)).status).toBe(403);
    });

    it("leaves out a member the moment they leave", async () => {
      const { owner, member, cohort } = await scenario();
      const memberViewer = tokenViewerOf({ id: member.userId, login: member.login, role: "LEARNER" }, ["COHORTS"]);
      await execute(`mutation($id: ID!) { leaveCohort(input: { cohortId: $id }) }`, { id: cohort.id }, memberViewer);
      const text = await (await get(cohort.id, owner.token)).text();
      expect(text).not.toContain(member.login);
      expect(text.trimEnd().split("\r\n")).toHaveLength(2);
    });

    it("leaves out a member the moment the owner removes them", async () => {
      const { owner, member, cohort } = await scenario();
      const ownerViewer = tokenViewerOf({ id: owner.userId, login: owner.login, role: "LEARNER" }, ["COHORTS"]);
      const removed = await execute(
        `mutation($id: ID!, $login: String!) { removeCohortMember(input: { cohortId: $id, login: $login }) }`,
        { id: cohort.id, login: member.login },
        ownerViewer,
      );
      expect(removed.errors).toBeUndefined();
      const text = await (await get(cohort.id, owner.token)).text();
      expect(text).not.toContain(member.login);
      expect(text.trimEnd().split("\r\n")).toHaveLength(2);
    });

    it("leaves no trace of a member who deletes their account (the deleteAccount mutation), in the CSV or the matrix", async () => {
      const { owner, member, cohort } = await scenario();
      const memberSession = sessionViewerOf({ id: member.userId, login: member.login, role: "LEARNER" });
      const deleted = await execute(
        `mutation($login: String!) { deleteAccount(input: { login: $login }) }`,
        { login: member.login },
        memberSession,
      );
      expect(deleted.data).toEqual({ deleteAccount: true });
      const text = await (await get(cohort.id, owner.token)).text();
      expect(text).not.toContain(member.login);
      expect(text.trimEnd().split("\r\n")).toHaveLength(2);
      const ownerViewer = tokenViewerOf({ id: owner.userId, login: owner.login, role: "LEARNER" }, ["COHORTS"]);
      const matrix = await execute<{
        cohort: { memberCount: number; matrix: { rows: { member: { user: { login: string } } }[] } };
      }>(
        `query($id: ID!) { cohort(id: $id) { memberCount matrix { rows { member { user { login } } } } } }`,
        { id: cohort.id },
        ownerViewer,
      );
      expect(matrix.data!.cohort.memberCount).toBe(1);
      expect(matrix.data!.cohort.matrix.rows.map((row) => row.member.user.login)).toEqual([owner.login]);
      expect(await testDb().cohortMember.count({ where: { userId: member.userId } })).toBe(0);
      expect(await testDb().progress.count({ where: { userId: member.userId } })).toBe(0);
      expect(await testDb().progressTally.count({ where: { userId: member.userId } })).toBe(0);
    });
  });
}
