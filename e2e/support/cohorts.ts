import { randomUUID } from "node:crypto";
import type { Db } from "../../server/db/client";
import type { Viewer } from "../../server/services/viewer";
import { hashInviteSecret, newInviteSecret } from "../../server/services/cohorts/invite-secret";
import { createUser, sessionViewerOf, uniqueLogin } from "./factories";
import { execute } from "./graphql-operations";
import { itemIdsByKey, savedRoadmap } from "./own-roadmaps";

/*
 * Shared by the cohort tests (on PostgreSQL and the embedded default): a public
 * roadmap to follow, learners, and the operations they send.
 */

export const COHORT_ROADMAP_MARKDOWN = [
  "# Cohort roadmap",
  "",
  "## First",
  "",
  "- [ ] alpha <!-- key: alpha -->",
  "- [ ] beta <!-- key: beta -->",
  "",
  "## Second",
  "",
  "- [ ] gamma <!-- key: gamma -->",
  "",
].join("\n");

export const CREATE_COHORT = `mutation($input: CreateCohortInput!) { createCohort(input: $input) { id name viewerRole inviteUrl memberCount } }`;
export const JOIN_COHORT = `mutation($invite: String!) { joinCohort(input: { invite: $invite }) { id viewerRole memberCount } }`;

export interface Learner {
  viewer: Viewer;
  login: string;
}

export async function learner(client: Db, prefix = "cohort"): Promise<Learner> {
  const user = await createUser(client, { login: uniqueLogin(prefix) });
  return { viewer: sessionViewerOf(user), login: user.login! };
}

/** A learner's roadmap with `visibility`, and its items by key. */
export async function followedRoadmap(
  author: Learner,
  visibility: "PUBLIC" | "UNLISTED" | "PRIVATE" = "PUBLIC",
  markdown = COHORT_ROADMAP_MARKDOWN,
) {
  const saved = await savedRoadmap(author.viewer, { markdown, visibility });
  const items = await itemIdsByKey(author.viewer, saved.roadmap!.slug);
  return { id: saved.roadmap!.id, slug: saved.roadmap!.slug, items };
}

/** Creates a cohort as `owner`, failing the test when refused; the invite's secret comes with it. */
export async function cohortOf(owner: Learner, roadmapId: string, extra: Record<string, unknown> = {}) {
  const result = await execute<{ createCohort: { id: string; inviteUrl: string } }>(
    CREATE_COHORT,
    { input: { roadmapId, name: `Cohort ${randomUUID().slice(0, 6)}`, ...extra } },
    owner.viewer,
  );
  if (!result.data?.createCohort) throw new Error(`createCohort refused: ${JSON.stringify(result.errors)}`);
  const { id, inviteUrl } = result.data.createCohort;
  return { id, invite: inviteUrl, secret: inviteUrl.split("/").at(-1)! };
}

/** Joins with an invite, failing the test when refused. */
export async function joined(member: Learner, invite: string): Promise<void> {
  const result = await execute(JOIN_COHORT, { invite }, member.viewer);
  if (!result.data?.joinCohort) throw new Error(`joinCohort refused: ${JSON.stringify(result.errors)}`);
}

export const SET_STATUS = `mutation($id: ID!, $status: ItemStatus!) { setItemStatus(input: { itemId: $id, status: $status }) { id } }`;
export const SET_NOTE = `mutation($id: ID!, $note: String) { setItemNote(input: { itemId: $id, note: $note }) { id } }`;

export interface CohortsOfLearner {
  /** A built-in roadmap's id, to create cohorts on. */
  roadmapId: string;
  /** The learner's own cohort, with `peerLogin` as a MEMBER. */
  ownCohortId: string;
  peerLogin: string;
  /** The peer's cohort, where the learner is a MEMBER. */
  memberOfCohortId: string;
  /** The secret of an invite to a third cohort (the peer's), which the learner is not in. */
  joinSecret: string;
}

/** Cohorts around a learner for the scope matrix, written as the services would leave them (one statement after the peer). */
export async function cohortsOfLearner(client: Db, userId: string): Promise<CohortsOfLearner> {
  const peer = await createUser(client, { login: uniqueLogin("peer") });
  const [own, memberOf, third] = [randomUUID(), randomUUID(), randomUUID()];
  const joinSecret = newInviteSecret();
  const [backend] = await client.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Roadmap" WHERE "slug" = 'backend'`;
  const roadmapId = backend!.id;
  await client.$executeRaw`
    WITH cohorts AS (
      INSERT INTO "Cohort" ("id", "name", "roadmapId", "ownerId")
      VALUES (${own}, 'own', ${roadmapId}, ${userId}), (${memberOf}, 'member of', ${roadmapId}, ${peer.id}),
        (${third}, 'third', ${roadmapId}, ${peer.id})
      RETURNING "id"
    ),
    members AS (
      INSERT INTO "CohortMember" ("cohortId", "userId", "role")
      SELECT m."cohortId", m."userId", m."role"::"CohortRole" FROM cohorts c JOIN (VALUES
        (${own}, ${userId}, 'OWNER'), (${own}, ${peer.id}, 'MEMBER'),
        (${memberOf}, ${peer.id}, 'OWNER'), (${memberOf}, ${userId}, 'MEMBER'),
        (${third}, ${peer.id}, 'OWNER')) AS m("cohortId", "userId", "role") ON m."cohortId" = c."id"
    )
    INSERT INTO "CohortInvite" ("cohortId", "tokenHash")
    SELECT "id", CASE WHEN "id" = ${third} THEN ${hashInviteSecret(joinSecret)} ELSE md5(random()::text) END FROM cohorts`;
  return { roadmapId, ownCohortId: own, peerLogin: peer.login!, memberOfCohortId: memberOf, joinSecret };
}
