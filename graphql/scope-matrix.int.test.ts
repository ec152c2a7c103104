import { buildSchema, isEnumType } from "graphql";
import { describe, expect, it } from "vitest";
import type { Role, TokenScope } from "../server/db/generated/enums";
import type { Viewer } from "../server/services/viewer";
import { sessionViewerOf, tokenViewerOf, uniqueLogin } from "../e2e/support/factories";
import { errorCodes, execute } from "../e2e/support/graphql-operations";
import { kindsWrittenBy, type DataKind } from "../e2e/support/kinds-written-by";
import {
  LEARNER_ROADMAP_MARKDOWN,
  learnerWithProgress,
  type LearnerWithProgress,
} from "../e2e/support/learner-with-progress";
import { typeDefs } from "./schema";
import { cohortsOfLearner, type CohortsOfLearner } from "../e2e/support/cohorts";
import { testDb } from "../e2e/support/test-db";

/*
 * Every mutation against every combination of token scopes (and a browser
 * session, an administrator's, and no one): each call is allowed or refused as
 * the table below says, and the database shows what it wrote. A refused call
 * writes nothing at all; an allowed one writes exactly the kinds of data its
 * entry names; and, whatever the table says, a token writes progress only with
 * WRITE_PROGRESS, roadmaps only with WRITE_ROADMAPS, and never tokens or account
 * data. The mutations and the scopes come from the schema itself: a new mutation
 * without an entry here fails the test.
 */

const schema = buildSchema(typeDefs.join("\n"));
const MUTATIONS = Object.keys(schema.getMutationType()!.getFields()).sort();
const scopeType = schema.getType("TokenScope");
const SCOPES = isEnumType(scopeType) ? scopeType.getValues().map((value) => value.name as TokenScope) : [];
/** Every non-empty set of scopes. */
const SCOPE_SETS = Array.from({ length: 2 ** SCOPES.length - 1 }, (_, index) =>
  SCOPES.filter((_scope, bit) => ((index + 1) >> bit) & 1),
);

/** Who may call: a token (or session) holding every one of these scopes, any browser session, or an administrator's. */
type Need = { scopes: TokenScope[] } | "session" | "admin session";

interface Fixture extends LearnerWithProgress {
  /** A built-in roadmap's slug that no roadmap has yet, for importRoadmap. */
  importSlug: string;
  cohorts: CohortsOfLearner;
}

interface Case {
  mutation: string;
  /** What the call asks beyond the mutation's plain use. */
  variant?: string;
  needs: Need;
  /** What an allowed call writes (progress on a roadmap it deletes goes with the roadmap). */
  writes: DataKind[];
  document: string;
  variables: (fixture: Fixture) => Record<string, unknown>;
}

/** The issue's reproduction: one back to not started, two in progress. */
const RESTORE_MARKDOWN = "# Repro\n\n## S\n\n- [ ] one <!-- key: one -->\n- [/] two <!-- key: two -->\n";
const SAVE = `mutation($input: SaveRoadmapInput!) { saveRoadmap(input: $input) { dryRun restoredStatuses } }`;
const FORK = `mutation($input: ForkRoadmapInput!) { forkRoadmap(input: $input) { id } }`;
const PROGRESS_WRITE: Need = { scopes: ["WRITE_PROGRESS"] };
const COHORTS: Need = { scopes: ["COHORTS"] };
const ROADMAP_WRITE: Need = { scopes: ["WRITE_ROADMAPS"] };

const CASES: Case[] = [
  {
    mutation: "setItemStatus",
    needs: PROGRESS_WRITE,
    writes: ["progress"],
    document: `mutation($input: SetItemStatusInput!) { setItemStatus(input: $input) { id } }`,
    variables: (f) => ({ input: { itemId: f.one, status: "IN_PROGRESS" } }),
  },
  {
    mutation: "setItemNote",
    needs: PROGRESS_WRITE,
    writes: ["progress"],
    document: `mutation($input: SetItemNoteInput!) { setItemNote(input: $input) { id } }`,
    variables: (f) => ({ input: { itemId: f.one, note: "changed" } }),
  },
  {
    mutation: "resetRoadmapProgress",
    needs: PROGRESS_WRITE,
    writes: ["progress"],
    document: `mutation($input: ResetRoadmapProgressInput!) { resetRoadmapProgress(input: $input) { id } }`,
    variables: (f) => ({ input: { roadmapId: f.roadmapId } }),
  },
  {
    mutation: "resetRoadmapProgress",
    variant: "with its shared skills",
    needs: PROGRESS_WRITE,
    writes: ["progress"],
    document: `mutation($input: ResetRoadmapProgressInput!) { resetRoadmapProgress(input: $input) { id } }`,
    variables: (f) => ({ input: { roadmapId: f.roadmapId, resetSharedSkills: true } }),
  },
  {
    mutation: "mergeGuestProgress",
    needs: PROGRESS_WRITE,
    writes: ["progress"],
    document: `mutation($input: MergeGuestProgressInput!) { mergeGuestProgress(input: $input) { merged } }`,
    variables: (f) => ({
      input: { entries: [{ itemId: f.two, status: "SKIPPED", updatedAt: new Date().toISOString() }] },
    }),
  },
  {
    mutation: "setRoadmapGoal",
    needs: PROGRESS_WRITE,
    writes: ["progress"],
    document: `mutation($input: SetRoadmapGoalInput!) { setRoadmapGoal(input: $input) { id } }`,
    variables: (f) => ({ input: { roadmapId: f.roadmapId, weeklyGoal: 7 } }),
  },
  {
    mutation: "saveRoadmap",
    variant: "a new roadmap",
    needs: ROADMAP_WRITE,
    writes: ["roadmaps"],
    document: SAVE,
    variables: () => ({ input: { markdown: "# Another\n\n## S\n\n- [ ] x\n" } }),
  },
  {
    mutation: "saveRoadmap",
    variant: "a new version",
    needs: ROADMAP_WRITE,
    writes: ["roadmaps"],
    document: SAVE,
    variables: (f) => ({ input: { roadmapId: f.roadmapId, markdown: `${LEARNER_ROADMAP_MARKDOWN}- [ ] three\n` } }),
  },
  {
    mutation: "saveRoadmap",
    variant: "a dry run",
    needs: ROADMAP_WRITE,
    writes: [],
    document: SAVE,
    variables: (f) => ({ input: { roadmapId: f.roadmapId, markdown: RESTORE_MARKDOWN, dryRun: true } }),
  },
  {
    mutation: "saveRoadmap",
    variant: "restoreStatuses",
    needs: { scopes: ["WRITE_ROADMAPS", "WRITE_PROGRESS"] },
    writes: ["progress", "roadmaps"],
    document: SAVE,
    variables: (f) => ({ input: { roadmapId: f.roadmapId, markdown: RESTORE_MARKDOWN, restoreStatuses: true } }),
  },
  {
    mutation: "saveRoadmap",
    variant: "a dry run with restoreStatuses",
    needs: { scopes: ["WRITE_ROADMAPS", "WRITE_PROGRESS"] },
    writes: [],
    document: SAVE,
    variables: (f) => ({
      input: { roadmapId: f.roadmapId, markdown: RESTORE_MARKDOWN, restoreStatuses: true, dryRun: true },
    }),
  },
  {
    mutation: "forkRoadmap",
    needs: ROADMAP_WRITE,
    writes: ["roadmaps"],
    document: FORK,
    variables: (f) => ({ input: { roadmapId: f.roadmapId } }),
  },
  {
    mutation: "forkRoadmap",
    variant: "copyProgress",
    needs: { scopes: ["WRITE_ROADMAPS", "READ_PROGRESS", "WRITE_PROGRESS"] },
    writes: ["progress", "roadmaps"],
    document: FORK,
    variables: (f) => ({ input: { roadmapId: f.roadmapId, copyProgress: true } }),
  },
  {
    mutation: "deleteRoadmap",
    needs: ROADMAP_WRITE,
    writes: ["roadmaps"],
    document: `mutation($input: DeleteRoadmapInput!) { deleteRoadmap(input: $input) }`,
    variables: (f) => ({ input: { roadmapId: f.roadmapId } }),
  },
  {
    mutation: "setRoadmapVisibility",
    needs: ROADMAP_WRITE,
    writes: ["roadmaps"],
    document: `mutation($input: SetRoadmapVisibilityInput!) { setRoadmapVisibility(input: $input) { id } }`,
    variables: (f) => ({ input: { roadmapId: f.roadmapId, visibility: "UNLISTED" } }),
  },
  {
    mutation: "saveRoadmapTranslation",
    needs: ROADMAP_WRITE,
    writes: ["roadmaps"],
    document: `mutation($input: SaveRoadmapTranslationInput!) { saveRoadmapTranslation(input: $input) { id } }`,
    variables: (f) => ({
      input: {
        roadmapId: f.roadmapId,
        language: "es",
        markdown: "# Matriz\n\n## S\n\n- [ ] uno <!-- key: one -->\n- [ ] dos <!-- key: two -->\n",
      },
    }),
  },
  {
    mutation: "deleteRoadmapTranslation",
    needs: ROADMAP_WRITE,
    writes: ["roadmaps"],
    document: `mutation($input: DeleteRoadmapTranslationInput!) { deleteRoadmapTranslation(input: $input) { id } }`,
    variables: (f) => ({ input: { roadmapId: f.roadmapId, language: "de" } }),
  },
  {
    mutation: "importRoadmap",
    needs: "admin session",
    writes: ["roadmaps"],
    document: `mutation($input: ImportRoadmapInput!) { importRoadmap(input: $input) { created } }`,
    variables: (f) => ({ input: { slug: f.importSlug, markdown: "# Imported\n\n## S\n\n- [ ] x\n" } }),
  },
  {
    mutation: "createApiToken",
    needs: "session",
    writes: ["tokens"],
    document: `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }`,
    variables: () => ({ input: { name: "another", scopes: ["READ_PROGRESS"] } }),
  },
  {
    mutation: "revokeApiToken",
    needs: "session",
    writes: ["tokens"],
    document: `mutation($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) }`,
    variables: (f) => ({ input: { id: f.tokenId } }),
  },
  {
    mutation: "setProfileVisibility",
    needs: "session",
    writes: ["account"],
    document: `mutation($input: SetProfileVisibilityInput!) { setProfileVisibility(input: $input) { id } }`,
    variables: () => ({ input: { public: true } }),
  },
  {
    mutation: "createCalendarFeed",
    needs: "session",
    writes: ["account"],
    document: `mutation { createCalendarFeed { createdAt } }`,
    variables: () => ({}),
  },
  {
    mutation: "revokeCalendarFeed",
    needs: "session",
    writes: ["account"],
    document: `mutation { revokeCalendarFeed }`,
    variables: () => ({}),
  },
  {
    mutation: "createCohort",
    needs: COHORTS,
    writes: ["cohorts"],
    document: `mutation($input: CreateCohortInput!) { createCohort(input: $input) { id } }`,
    variables: (f) => ({ input: { roadmapId: f.cohorts.roadmapId, name: "another" } }),
  },
  {
    mutation: "joinCohort",
    needs: COHORTS,
    writes: ["cohorts"],
    document: `mutation($input: JoinCohortInput!) { joinCohort(input: $input) { id } }`,
    variables: (f) => ({ input: { invite: f.cohorts.joinSecret } }),
  },
  {
    mutation: "leaveCohort",
    needs: COHORTS,
    writes: ["cohorts"],
    document: `mutation($input: LeaveCohortInput!) { leaveCohort(input: $input) }`,
    variables: (f) => ({ input: { cohortId: f.cohorts.memberOfCohortId } }),
  },
  {
    mutation: "rotateCohortInvite",
    needs: COHORTS,
    writes: ["cohorts"],
    document: `mutation($input: RotateCohortInviteInput!) { rotateCohortInvite(input: $input) { inviteUrl } }`,
    variables: (f) => ({ input: { cohortId: f.cohorts.ownCohortId, inviteMaxUses: 3 } }),
  },
  {
    mutation: "setCohortMemberRole",
    needs: COHORTS,
    writes: ["cohorts"],
    document: `mutation($input: SetCohortMemberRoleInput!) { setCohortMemberRole(input: $input) { role } }`,
    variables: (f) => ({ input: { cohortId: f.cohorts.ownCohortId, login: f.cohorts.peerLogin, role: "MENTOR" } }),
  },
  {
    mutation: "removeCohortMember",
    needs: COHORTS,
    writes: ["cohorts"],
    document: `mutation($input: RemoveCohortMemberInput!) { removeCohortMember(input: $input) }`,
    variables: (f) => ({ input: { cohortId: f.cohorts.ownCohortId, login: f.cohorts.peerLogin } }),
  },
  {
    mutation: "deleteCohort",
    needs: COHORTS,
    writes: ["cohorts"],
    document: `mutation($input: DeleteCohortInput!) { deleteCohort(input: $input) }`,
    variables: (f) => ({ input: { cohortId: f.cohorts.ownCohortId } }),
  },
  {
    mutation: "setCohortSharing",
    needs: COHORTS,
    writes: ["cohorts"],
    document: `mutation($input: SetCohortSharingInput!) { setCohortSharing(input: $input) { showMeToCohort } }`,
    variables: (f) => ({ input: { cohortId: f.cohorts.ownCohortId, showMeToCohort: true } }),
  },
  {
    mutation: "reviewItem",
    needs: PROGRESS_WRITE,
    writes: ["progress"],
    document: `mutation($input: ReviewItemInput!) { reviewItem(input: $input) { id } }`,
    variables: (f) => ({ input: { itemId: f.one, rating: "GOOD" } }),
  },
  {
    mutation: "undoLastReview",
    needs: PROGRESS_WRITE,
    writes: ["progress"],
    document: `mutation($input: UndoLastReviewInput!) { undoLastReview(input: $input) { id } }`,
    variables: (f) => ({ input: { itemId: f.two } }),
  },
  {
    mutation: "mergeGuestReviews",
    needs: PROGRESS_WRITE,
    writes: ["progress"],
    document: `mutation($input: MergeGuestReviewsInput!) { mergeGuestReviews(input: $input) { merged } }`,
    variables: (f) => ({
      input: { ratings: [{ itemId: f.one, rating: "HARD", reviewedAt: new Date().toISOString() }] },
    }),
  },
  {
    mutation: "setReviewSettings",
    needs: PROGRESS_WRITE,
    writes: ["progress"],
    document: `mutation($input: SetReviewSettingsInput!) { setReviewSettings(input: $input) { dailyLimit } }`,
    variables: (f) => ({ input: { dailyLimit: 7, roadmapId: f.roadmapId, enabled: false } }),
  },
  {
    // A preference, as the review settings are: WRITE_PROGRESS for a token.
    mutation: "setLocale",
    needs: PROGRESS_WRITE,
    writes: ["progress"],
    document: `mutation($input: SetLocaleInput!) { setLocale(input: $input) { locale } }`,
    variables: () => ({ input: { locale: "ar" } }),
  },
  {
    mutation: "deleteAccount",
    needs: "session",
    // Everything goes: the roadmaps they own (with the progress on them), their tokens, the account,
    // the cohorts they own and their place in others'.
    writes: ["roadmaps", "tokens", "account", "cohorts"],
    document: `mutation($input: DeleteAccountInput!) { deleteAccount(input: $input) }`,
    variables: (f) => ({ input: { login: f.user.login } }),
  },
];

interface Caller {
  name: string;
  role: Role;
  viewer: (user: Fixture["user"]) => Viewer | null;
}

const CALLERS: Caller[] = [
  { name: "signed out", role: "LEARNER", viewer: () => null },
  ...SCOPE_SETS.map((scopes): Caller => ({
    name: `a token with ${scopes.join(" + ")}`,
    role: "LEARNER",
    viewer: (user) => tokenViewerOf(user, scopes),
  })),
  { name: "a browser session", role: "LEARNER", viewer: (user) => sessionViewerOf(user) },
  { name: "an administrator's browser session", role: "ADMIN", viewer: (user) => sessionViewerOf(user) },
  { name: "an administrator's token with every scope", role: "ADMIN", viewer: (user) => tokenViewerOf(user, SCOPES) },
];

function allowed(needs: Need, viewer: Viewer | null): boolean {
  if (!viewer) return false;
  if (needs === "session") return viewer.via === "session";
  if (needs === "admin session") return viewer.via === "session" && viewer.role === "ADMIN";
  return needs.scopes.every((scope) => viewer.scopes.includes(scope));
}

/** The scope a token needs to write each kind of data; null: a token never may. */
const TOKEN_SCOPE_TO_WRITE: Record<DataKind, TokenScope | null> = {
  progress: "WRITE_PROGRESS",
  roadmaps: "WRITE_ROADMAPS",
  tokens: null,
  account: null,
  cohorts: "COHORTS",
};

/** A fresh learner (or administrator) with data of every kind (a German translation of their roadmap too), and a slug for importRoadmap. */
async function fixture(role: Role): Promise<Fixture> {
  const learner = await learnerWithProgress(role);
  await testDb().roadmapTranslation.create({
    data: {
      roadmapId: learner.roadmapId,
      language: "de",
      title: "Matrix",
      markdown: "# Matrix\n\n## S\n\n- [ ] eins <!-- key: one -->\n- [ ] zwei <!-- key: two -->\n",
      content: { sections: { s: "S" }, items: { one: { title: "eins" }, two: { title: "zwei" } } },
    },
  });
  return { ...learner, importSlug: uniqueLogin("matrix"), cohorts: await cohortsOfLearner(testDb(), learner.user.id) };
}

describe("the scope matrix", () => {
  it(`covers every mutation of the schema (${MUTATIONS.length}, in ${CASES.length} cases) and every non-empty set of its token scopes (${SCOPE_SETS.length}), with ${CALLERS.length} callers in all: ${CASES.length * CALLERS.length} calls`, () => {
    expect([...new Set(CASES.map((entry) => entry.mutation))].sort()).toEqual(MUTATIONS);
    expect(SCOPES.length).toBeGreaterThan(0);
    expect(SCOPE_SETS).toHaveLength(2 ** SCOPES.length - 1);
  });
});

describe.each(
  CASES.map((entry) => ({ ...entry, label: `${entry.mutation}${entry.variant ? ` (${entry.variant})` : ""}` })),
)("$label", (entry) => {
  // A refused call writes nothing, so the refused callers of a case share one
  // learner (one per role) and each checks its own call; an allowed call gets a fresh one.
  const shared = new Map<Role, Promise<Fixture>>();
  const fixtureFor = (caller: Caller, allowedCall: boolean) => {
    if (allowedCall) return fixture(caller.role);
    if (!shared.has(caller.role)) shared.set(caller.role, fixture(caller.role));
    return shared.get(caller.role)!;
  };

  it.each(CALLERS)("called by $name", async (caller) => {
    const allowedCall = allowed(entry.needs, caller.viewer({ id: "", login: "", role: caller.role }));
    const f = await fixtureFor(caller, allowedCall);
    const viewer = caller.viewer(f.user);
    const { result, written } = await kindsWrittenBy(f.user.id, [f.importSlug], () =>
      execute(entry.document, entry.variables(f), viewer),
    );

    if (allowedCall) {
      expect(result.errors).toBeUndefined();
      expect(written).toEqual(entry.writes);
    } else {
      expect(errorCodes(result)).toEqual([viewer ? "FORBIDDEN" : "UNAUTHENTICATED"]);
      expect(written).toEqual([]);
    }
    if (viewer?.via === "token") {
      for (const kind of written) {
        const scope = TOKEN_SCOPE_TO_WRITE[kind];
        expect(scope && viewer.scopes.includes(scope), `a token without its scope wrote ${kind}`).toBe(true);
      }
    }
  });
});
