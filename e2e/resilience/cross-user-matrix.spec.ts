import { randomBytes } from "node:crypto";
import { test } from "@playwright/test";
import { postGraphql } from "../support/graphql-over-http";
import { startWaymark } from "../support/waymark-under-test";
import { backendRoadmap } from "./support/backend-roadmap";
import { createTokenOverHttp, type Scope } from "./support/create-token-over-http";
import { findForeignState, findSecrets } from "./support/find-leaks";
import { judgeGraphqlAnswer } from "./support/judge-graphql-answer";
import { ProbeSummary } from "./support/probe-summary";
import { operationBody, rawGraphqlRequest, type Caller } from "./support/raw-graphql-request";
import { waymarkSchema } from "./support/waymark-schema";

/*
 * Learner A has statuses, notes, history, tokens, and a private roadmap of
 * their own (with statuses and a note on it). Learner B (session, and tokens
 * with every scope set) and a signed-out caller try every query and mutation
 * against A's objects: read A's notes and statuses through every path, read,
 * find, export, edit, fork, delete or re-share A's private roadmap, revoke A's
 * tokens, delete A's account, overwrite or delete A's notes and statuses; and
 * the pages and downloads: A's roadmap page, its editor, its exports, its study
 * reminder (directly and through B's calendar subscription), its link-preview
 * card, Explore's search, B's own roadmaps and data. Nothing of A's may show up in an answer,
 * a private roadmap is "not found" (never "forbidden", which would tell it
 * exists), and A's rows must be exactly as they were.
 *
 * Every root field of the schema needs at least one row in MATRIX: a new
 * query or mutation fails this probe until it gets one.
 */

interface Victim {
  login: string;
  itemIds: string[];
  roadmapId: string;
  tokenIds: string[];
  /** A's own PRIVATE roadmap. */
  secret: { id: string; slug: string; sectionId: string; itemIds: string[]; resourceId: string };
  /** A's cohort on the roadmap A follows (A its owner, alone in it), and its invite link's secret. */
  cohortId: string;
  inviteSecret: string;
  /** A's second cohort, on the same roadmap, which B joins as a member for the last phase (insiders). */
  sharedCohortId?: string;
  /** B's login, for the insiders' role and removal attempts. */
  intruderLogin?: string;
  /** The first section of the roadmap A follows (a cohort's matrix opens it to items). */
  sectionId: string;
}

interface MatrixRow {
  name: string;
  /** The root field the row exercises, for the coverage check. */
  root: `${"Query" | "Mutation"}.${string}`;
  query: string;
  variables: (victim: Victim) => Record<string, unknown>;
  /**
   * For mutations: whether success is acceptable because the operation acts on
   * the caller's own data whatever the ids (statuses and notes are per viewer).
   * Otherwise it must be refused.
   */
  mayActOnOwnData: boolean;
  /** The row aims at A's private roadmap: a refusal must say not found, never forbidden. */
  private?: boolean;
  /** Insiders: every field asked of `cohort` is for its owner and mentors, so a member gets each null. */
  memberSeesNone?: boolean;
}

const ITEM_FIELDS = `id status statusUpdatedAt note noteHtml startedAt finishedAt`;
const PLAN_FIELDS = `pacePerWeek pacePerWeekSinceStart startedOn finishOn targetDate requiredPacePerWeek
  finishedThisWeek weeklyGoal`;
/** The viewer's spaced review of an item (issue 23): null for a learner who finished nothing. */
const REVIEW_FIELDS = `review { due lastReviewedAt reps lapses stability difficulty retrievability }`;
const READS: MatrixRow[] = [
  {
    name: "roadmap(slug) with every item's status and note",
    root: "Query.roadmap",
    query: `query($slug: String!) { roadmap(slug: $slug) { progress { done inProgress skipped percent ${PLAN_FIELDS} }
      history(days: 30) { finished done } items { ${ITEM_FIELDS} }
      sections { startedAt completedAt progress { done inProgress skipped ${PLAN_FIELDS} }
        items { ${ITEM_FIELDS} children { ${ITEM_FIELDS} } } } } }`,
    variables: () => ({ slug: "backend" }),
    mayActOnOwnData: true,
  },
  {
    name: "roadmaps with progress and notes",
    root: "Query.roadmaps",
    query: `{ roadmaps { progress { done inProgress skipped } items { ${ITEM_FIELDS} } } }`,
    variables: () => ({}),
    mayActOnOwnData: true,
  },
  {
    name: "item(id) of each of A's items, with its roadmap and section",
    root: "Query.item",
    query: `query($a: ID!, $b: ID!, $c: ID!) {
      a: item(id: $a) { ${ITEM_FIELDS} ${REVIEW_FIELDS} section { progress { done inProgress skipped } } roadmap { progress { done } } }
      b: item(id: $b) { ${ITEM_FIELDS} } c: item(id: $c) { ${ITEM_FIELDS} } }`,
    variables: (victim) => ({ a: victim.itemIds[0], b: victim.itemIds[1], c: victim.itemIds[2] }),
    mayActOnOwnData: true,
  },
  {
    name: "viewer with followed roadmaps, items in progress, activity and tokens",
    root: "Query.viewer",
    query: `{ viewer { id login followedRoadmaps { slug progress { done } } inProgressItems(first: 100) { ${ITEM_FIELDS} }
      activity { totalChanges currentStreak longestStreak days { count } } apiTokens { id name prefix }
      profilePublic profileRoadmaps { slug } calendarFeedCreatedAt } }`,
    variables: () => ({}),
    mayActOnOwnData: true,
  },
  {
    name: "viewer's review queue and settings",
    root: "Query.viewer",
    query: `{ viewer { reviewQueue { dueToday overdue reviewedToday items { nodes { id ${REVIEW_FIELDS} } } }
      reviewSettings { dailyLimit desiredRetention disabledRoadmapIds } } }`,
    variables: () => ({}),
    mayActOnOwnData: true,
  },
  {
    // A's profile is not public: everyone gets null, exactly as for a login that does not exist.
    name: "profile(login) of A, whose profile is not public",
    root: "Query.profile",
    query: `query($login: String!) { profile(login: $login) { login name url roadmaps { slug percent done badgeUrl }
      activity { totalChanges currentStreak days { count } } } }`,
    variables: (victim) => ({ login: victim.login }),
    mayActOnOwnData: true,
  },
];

const WRITES: MatrixRow[] = [
  {
    // B has nothing in review: a rating of A's reviewed item is BAD_USER_INPUT, never a rating of A's.
    name: "reviewItem on A's item in review",
    root: "Mutation.reviewItem",
    query: `mutation($itemId: ID!) { reviewItem(input: { itemId: $itemId, rating: AGAIN }) { id ${REVIEW_FIELDS} } }`,
    variables: (victim) => ({ itemId: victim.itemIds[0] }),
    mayActOnOwnData: true,
  },
  {
    name: "undoLastReview of A's latest rating",
    root: "Mutation.undoLastReview",
    query: `mutation($itemId: ID!) { undoLastReview(input: { itemId: $itemId }) { id ${REVIEW_FIELDS} } }`,
    variables: (victim) => ({ itemId: victim.itemIds[0] }),
    mayActOnOwnData: true,
  },
  {
    // The caller's own settings only: review off on the roadmap A follows, for B.
    name: "setReviewSettings on the roadmap A follows",
    root: "Mutation.setReviewSettings",
    query: `mutation($roadmapId: ID!) { setReviewSettings(input: { roadmapId: $roadmapId, enabled: false, dailyLimit: 1 }) { dailyLimit } }`,
    variables: (victim) => ({ roadmapId: victim.roadmapId }),
    mayActOnOwnData: true,
  },
  {
    name: "mergeGuestReviews over A's items, newer than A's ratings",
    root: "Mutation.mergeGuestReviews",
    query: `mutation($ratings: [GuestReviewRatingInput!]!) { mergeGuestReviews(input: { ratings: $ratings }) { merged } }`,
    variables: (victim) => ({
      ratings: victim.itemIds.map((itemId) => ({ itemId, rating: "AGAIN", reviewedAt: new Date().toISOString() })),
    }),
    mayActOnOwnData: true,
  },
  {
    name: "setItemStatus on A's item",
    root: "Mutation.setItemStatus",
    query: `mutation($itemId: ID!) { setItemStatus(input: { itemId: $itemId, status: NOT_STARTED }) { id } }`,
    variables: (victim) => ({ itemId: victim.itemIds[0] }),
    mayActOnOwnData: true,
  },
  {
    name: "setItemNote over A's note",
    root: "Mutation.setItemNote",
    query: `mutation($itemId: ID!) { setItemNote(input: { itemId: $itemId, note: "B was here" }) { id } }`,
    variables: (victim) => ({ itemId: victim.itemIds[0] }),
    mayActOnOwnData: true,
  },
  {
    name: "setItemNote deleting A's note",
    root: "Mutation.setItemNote",
    query: `mutation($itemId: ID!) { setItemNote(input: { itemId: $itemId, note: null }) { id } }`,
    variables: (victim) => ({ itemId: victim.itemIds[1] }),
    mayActOnOwnData: true,
  },
  {
    name: "resetRoadmapProgress of the roadmap A follows",
    root: "Mutation.resetRoadmapProgress",
    query: `mutation($roadmapId: ID!) { resetRoadmapProgress(input: { roadmapId: $roadmapId }) { id } }`,
    variables: (victim) => ({ roadmapId: victim.roadmapId }),
    mayActOnOwnData: true,
  },
  {
    // Issue 24: with the skills it shares with the caller's other roadmaps (never A's).
    name: "resetRoadmapProgress of the roadmap A follows, shared skills too",
    root: "Mutation.resetRoadmapProgress",
    query: `mutation($roadmapId: ID!) { resetRoadmapProgress(input: { roadmapId: $roadmapId, resetSharedSkills: true }) { id } }`,
    variables: (victim) => ({ roadmapId: victim.roadmapId }),
    mayActOnOwnData: true,
  },
  {
    name: "mergeGuestProgress over A's items, newer than A's changes",
    root: "Mutation.mergeGuestProgress",
    query: `mutation($entries: [GuestProgressEntry!]!) { mergeGuestProgress(input: { entries: $entries }) { merged } }`,
    variables: (victim) => ({
      entries: victim.itemIds.map((itemId) => ({
        itemId,
        status: "SKIPPED",
        updatedAt: new Date(Date.now() + 60_000).toISOString(),
      })),
    }),
    mayActOnOwnData: true,
  },
  {
    name: "revokeApiToken of A's first token",
    root: "Mutation.revokeApiToken",
    query: `mutation($id: ID!) { revokeApiToken(input: { id: $id }) }`,
    variables: (victim) => ({ id: victim.tokenIds[0] }),
    mayActOnOwnData: false,
  },
  {
    name: "revokeApiToken of A's second token",
    root: "Mutation.revokeApiToken",
    query: `mutation($id: ID!) { revokeApiToken(input: { id: $id }) }`,
    variables: (victim) => ({ id: victim.tokenIds[1] }),
    mayActOnOwnData: false,
  },
  {
    // Creates a token for the caller; listed so A's token list can be checked unchanged.
    name: "createApiToken",
    root: "Mutation.createApiToken",
    query: `mutation { createApiToken(input: { name: "b-token", scopes: [READ_PROGRESS] }) { apiToken { id } } }`,
    variables: () => ({}),
    mayActOnOwnData: true,
  },
  {
    // Goals are per viewer: B's call sets B's own, never A's.
    name: "setRoadmapGoal on the roadmap A follows",
    root: "Mutation.setRoadmapGoal",
    query: `mutation($roadmapId: ID!) { setRoadmapGoal(input: { roadmapId: $roadmapId, targetDate: null, weeklyGoal: 1 }) { id } }`,
    variables: (victim) => ({ roadmapId: victim.roadmapId }),
    mayActOnOwnData: true,
  },
  {
    // The caller's own profile only (and only from a session).
    name: "setProfileVisibility, listing the roadmap A shows",
    root: "Mutation.setProfileVisibility",
    query: `mutation($ids: [ID!]) { setProfileVisibility(input: { public: false, roadmapIds: $ids, timeZone: "UTC" }) { id } }`,
    variables: (victim) => ({ ids: [victim.roadmapId] }),
    mayActOnOwnData: true,
  },
  {
    // The caller's own interface language only: there is no user to aim it at.
    name: "setLocale",
    root: "Mutation.setLocale",
    query: `mutation { setLocale(input: { locale: "ar" }) { id locale } }`,
    variables: () => ({}),
    mayActOnOwnData: true,
  },
  {
    name: "createCalendarFeed",
    root: "Mutation.createCalendarFeed",
    query: `mutation { createCalendarFeed { createdAt } }`,
    variables: () => ({}),
    mayActOnOwnData: true,
  },
  {
    // Takes no id: it can only ever revoke the caller's own link.
    name: "revokeCalendarFeed",
    root: "Mutation.revokeCalendarFeed",
    query: `mutation { revokeCalendarFeed }`,
    variables: () => ({}),
    mayActOnOwnData: true,
  },
  {
    // Roadmaps belong to administrators, not learners: a learner may not rewrite one.
    name: "importRoadmap over the roadmap A follows",
    root: "Mutation.importRoadmap",
    query: `mutation { importRoadmap(input: { slug: "backend", markdown: "# Backend\\n\\n## Gone\\n\\n- [ ] nothing" }) { created } }`,
    variables: () => ({}),
    mayActOnOwnData: false,
  },
];

const SECRET_TITLE = "A-SECRET-ROADMAP";
const SECRET_ITEM = "A-SECRET-ITEM";
/*
 * Skills (issue 24): A's private items claim git, which public roadmaps claim too (A's status
 * on git was set on A's private item), and a skill only A's private roadmap claims. Its name
 * holds "a-secret", one of the secrets every answer is searched for.
 */
const SECRET_SKILL = "a-secret-skill";
const SECRET_MARKDOWN = `# ${SECRET_TITLE}\n\nOnly A may see this.\n\n## Hidden section\n\n- [ ] ${SECRET_ITEM} one <!-- key: one --> <!-- skill: git -->\n  - official: [A's link](https://example.com/a-secret)\n- [ ] ${SECRET_ITEM} two <!-- key: two --> <!-- skill: ${SECRET_SKILL} -->\n`;
const ROADMAP_FIELDS = `id slug title markdown visibility owner viewerCanEdit progress { done } forkedFrom { id }
  items { ${ITEM_FIELDS} resources { id url } } sections { id title }`;

// Reads and writes aimed at A's private roadmap (and the new root fields).
const PRIVATE_READS: MatrixRow[] = [
  {
    name: "roadmap(slug) of A's private roadmap, every field and every export",
    root: "Query.roadmap",
    query: `query($slug: String!) { roadmap(slug: $slug) { ${ROADMAP_FIELDS}
      md: export(format: MARKDOWN) json: export(format: JSON) csv: export(format: CSV) } }`,
    variables: (victim) => ({ slug: victim.secret.slug }),
    mayActOnOwnData: true,
    private: true,
  },
  {
    name: "roadmap(slug, language) of A's private roadmap, in a translation, with its markdown",
    root: "Query.roadmap",
    query: `query($slug: String!) { roadmap(slug: $slug, language: "es") { id title language translations { language title markdown path }
      items { title resources { id url language } } } }`,
    variables: (victim) => ({ slug: victim.secret.slug }),
    mayActOnOwnData: true,
    private: true,
  },
  {
    name: "item(id) of A's private items",
    root: "Query.item",
    query: `query($a: ID!, $b: ID!) { a: item(id: $a) { ${ITEM_FIELDS} title roadmap { title } } b: item(id: $b) { title } }`,
    variables: (victim) => ({ a: victim.secret.itemIds[0], b: victim.secret.itemIds[1] }),
    mayActOnOwnData: true,
    private: true,
  },
  {
    name: "node(id) of A's private roadmap, section, item and resource, and of the roadmap A follows",
    root: "Query.node",
    query: `query($r: ID!, $s: ID!, $i: ID!, $x: ID!, $b: ID!) {
      r: node(id: $r) { id ... on Roadmap { title markdown } } s: node(id: $s) { id ... on Section { title } }
      i: node(id: $i) { id ... on Item { title ${ITEM_FIELDS} } } x: node(id: $x) { id ... on Resource { url } }
      b: node(id: $b) { id ... on Roadmap { progress { done inProgress skipped } items { ${ITEM_FIELDS} } } } }`,
    variables: (victim) => ({
      r: victim.secret.id,
      s: victim.secret.sectionId,
      i: victim.secret.itemIds[0],
      x: victim.secret.resourceId,
      b: victim.roadmapId,
    }),
    mayActOnOwnData: true,
    private: true,
  },
  {
    name: "explore, searching for A's private roadmap, and every public roadmap",
    root: "Query.explore",
    query: `query($q: String) { found: explore(first: 100, query: $q) { nodes { id title } }
      all: explore(first: 100) { nodes { id title owner } pageInfo { hasNextPage endCursor } } }`,
    variables: () => ({ q: SECRET_TITLE }),
    mayActOnOwnData: true,
    private: true,
  },
  {
    // Issue 24: the skills a roadmap shares are the caller's own follows, never A's private roadmap
    // (which claims git, as the roadmap A follows does).
    name: "roadmap(slug) of the roadmap A follows: the skills it shares, and where",
    root: "Query.roadmap",
    query: `{ roadmap(slug: "backend") { viewerSharedSkills { skill { name title status } roadmaps { id slug title } }
      items { id skill { name } statusSource { id title roadmap { title } } } } }`,
    variables: () => ({}),
    mayActOnOwnData: true,
    private: true,
  },
  {
    // Skill.items lists PUBLIC roadmaps and the caller's own; statusSource is the caller's own source only.
    name: "skill(name) of git, claimed by A's private item where A set its status",
    root: "Query.skill",
    query: `{ skill(name: "git") { id name title status
      items(first: 50) { nodes { id title status roadmap { id title } statusSource { id title roadmap { title } } } } } }`,
    variables: () => ({}),
    mayActOnOwnData: true,
    private: true,
  },
  {
    // Null, as for a name nobody claims (the body names it, so only the other secrets are searched for).
    name: "skill(name) of the skill only A's private roadmap claims",
    root: "Query.skill",
    query: `query($s: String!) { skill(name: $s) { id title status items { nodes { id title } } } }`,
    variables: () => ({ s: SECRET_SKILL }),
    mayActOnOwnData: true,
    private: true,
  },
  {
    // "a-secr" starts A's private-only skill's name without being one of the secrets searched for.
    name: "skills, searching for A's private-only skill by a prefix, and every skill",
    root: "Query.skills",
    query: `query($q: String) { found: skills(query: $q, first: 100) { nodes { name title } }
      all: skills(first: 100) { nodes { id name title status } pageInfo { hasNextPage endCursor } } }`,
    variables: () => ({ q: "a-secr" }),
    mayActOnOwnData: true,
    private: true,
  },
  {
    name: "item(id) of the items A follows, with their skills' items and status sources",
    root: "Query.item",
    query: `query($a: ID!, $b: ID!) {
      a: item(id: $a) { id skill { name status items { nodes { id title } } } statusSource { id title roadmap { title } } }
      b: item(id: $b) { id skill { name } statusSource { id title } } }`,
    variables: (victim) => ({ a: victim.itemIds[0], b: victim.itemIds[1] }),
    mayActOnOwnData: true,
  },
  {
    // Issue 24: skills suggested for an item are drawn from PUBLIC roadmaps and the caller's own only.
    name: "skillSuggestions for A's private items, by their titles and link",
    root: "Query.skillSuggestions",
    query: `query($t: String!, $u: [String!]) { skillSuggestions(title: $t, urls: $u) { name title reasons sharedLinks
      example { itemTitle roadmapTitle roadmapPath } } }`,
    variables: () => ({ t: `${SECRET_ITEM} two a secret skill`, u: ["https://example.com/a-secret"] }),
    mayActOnOwnData: true,
    private: true,
  },
  {
    // A roadmap's claimed skills and their learners: its editors only (null to everyone else).
    name: "skillClaims of A's private roadmap and of the roadmap A follows, and explore by A's private-only skill",
    root: "Query.explore",
    query: `query($slug: String!, $skill: String) { a: roadmap(slug: $slug) { skillClaims { total skills { name items learners } } }
      b: roadmap(slug: "backend") { skillClaims { total skills { name learners } } }
      e: explore(first: 100, skill: $skill) { nodes { id title } } g: explore(first: 100, skill: "git") { nodes { id title } } }`,
    variables: (victim) => ({ slug: victim.secret.slug, skill: "a-secret-skill" }),
    mayActOnOwnData: true,
    private: true,
  },
  {
    name: "viewer's own roadmaps, token pages and data export",
    root: "Query.viewer",
    query: `{ viewer { ownRoadmaps(first: 100) { nodes { id title slug } } apiTokensConnection(first: 100) { nodes { id name } }
      dataExport } }`,
    variables: () => ({}),
    mayActOnOwnData: true,
  },
];

const PRIVATE_WRITES: MatrixRow[] = [
  {
    name: "setReviewSettings on A's private roadmap",
    root: "Mutation.setReviewSettings",
    query: `mutation($roadmapId: ID!) { setReviewSettings(input: { roadmapId: $roadmapId, enabled: false }) { dailyLimit } }`,
    variables: (victim) => ({ roadmapId: victim.secret.id }),
    mayActOnOwnData: false,
    private: true,
  },
  {
    name: "saveRoadmap over A's private roadmap",
    root: "Mutation.saveRoadmap",
    query: `mutation($id: ID!) { saveRoadmap(input: { roadmapId: $id, markdown: "# Taken\\n\\n## B\\n\\n- [ ] B's item", visibility: PUBLIC }) { added roadmap { title } } }`,
    variables: (victim) => ({ id: victim.secret.id }),
    mayActOnOwnData: false,
    private: true,
  },
  {
    name: "saveRoadmap dry run over A's private roadmap (its preview would count A's progress)",
    root: "Mutation.saveRoadmap",
    query: `mutation($id: ID!) { saveRoadmap(input: { roadmapId: $id, markdown: "# X\\n\\n## Y\\n\\n- [ ] z", dryRun: true }) { retired learnersAffected changes { title } } }`,
    variables: (victim) => ({ id: victim.secret.id }),
    mayActOnOwnData: false,
    private: true,
  },
  {
    // Creates the caller's own roadmap: listed so A's rows can be checked unchanged.
    name: "saveRoadmap creating a roadmap of the caller's own",
    root: "Mutation.saveRoadmap",
    query: `mutation { saveRoadmap(input: { markdown: "# B's own\\n\\n## One\\n\\n- [ ] step" }) { added roadmap { slug } } }`,
    variables: () => ({}),
    mayActOnOwnData: true,
  },
  {
    name: "forkRoadmap of A's private roadmap, with A's statuses",
    root: "Mutation.forkRoadmap",
    query: `mutation($id: ID!) { forkRoadmap(input: { roadmapId: $id, copyProgress: true }) { id title items { status } } }`,
    variables: (victim) => ({ id: victim.secret.id }),
    mayActOnOwnData: false,
    private: true,
  },
  {
    // A fork of the public roadmap A follows copies the caller's statuses, never A's.
    name: "forkRoadmap of the roadmap A follows, copying progress",
    root: "Mutation.forkRoadmap",
    query: `mutation($id: ID!) { forkRoadmap(input: { roadmapId: $id, copyProgress: true }) { id progress { done inProgress skipped } items { ${ITEM_FIELDS} } } }`,
    variables: (victim) => ({ id: victim.roadmapId }),
    mayActOnOwnData: true,
  },
  {
    name: "saveRoadmapTranslation of A's private roadmap",
    root: "Mutation.saveRoadmapTranslation",
    query: `mutation($id: ID!) { saveRoadmapTranslation(input: { roadmapId: $id, language: "es", markdown: "# X\\n\\n## S\\n\\n- [ ] x" }) { id title translations { language markdown } } }`,
    variables: (victim) => ({ id: victim.secret.id }),
    mayActOnOwnData: false,
    private: true,
  },
  {
    name: "deleteRoadmapTranslation of A's private roadmap",
    root: "Mutation.deleteRoadmapTranslation",
    query: `mutation($id: ID!) { deleteRoadmapTranslation(input: { roadmapId: $id, language: "es" }) { id } }`,
    variables: (victim) => ({ id: victim.secret.id }),
    mayActOnOwnData: false,
    private: true,
  },
  {
    name: "deleteRoadmap of A's private roadmap",
    root: "Mutation.deleteRoadmap",
    query: `mutation($id: ID!) { deleteRoadmap(input: { roadmapId: $id }) }`,
    variables: (victim) => ({ id: victim.secret.id }),
    mayActOnOwnData: false,
    private: true,
  },
  {
    name: "setRoadmapVisibility making A's private roadmap public",
    root: "Mutation.setRoadmapVisibility",
    query: `mutation($id: ID!) { setRoadmapVisibility(input: { roadmapId: $id, visibility: PUBLIC }) { id title } }`,
    variables: (victim) => ({ id: victim.secret.id }),
    mayActOnOwnData: false,
    private: true,
  },
  {
    name: "setItemStatus and setItemNote on A's private items",
    root: "Mutation.setItemStatus",
    query: `mutation($a: ID!, $b: ID!) { s: setItemStatus(input: { itemId: $a, status: DONE }) { id title }
      n: setItemNote(input: { itemId: $b, note: "B was here" }) { id title } }`,
    variables: (victim) => ({ a: victim.secret.itemIds[0], b: victim.secret.itemIds[1] }),
    mayActOnOwnData: false,
    private: true,
  },
  {
    name: "deleteAccount typing A's login",
    root: "Mutation.deleteAccount",
    query: `mutation($login: String!) { deleteAccount(input: { login: $login }) }`,
    variables: (victim) => ({ login: victim.login }),
    mayActOnOwnData: false,
  },
];

// A's cohort: to anyone not in it, "not found", exactly as a cohort that does not exist (issue 22).
const COHORT_FIELDS = `id name viewerRole memberCount createdAt inviteUrl exportPath showMeToCohort
  invite { uses maxUses expiresAt createdAt }
  roadmap { id progress { done } }
  members(first: 50) { nodes { user { login name avatarUrl } role joinedAt lastActiveAt stuckItems { id }
    completion { done inProgress skipped percent pacePerWeek forecast } }
    edges { cursor node { user { login } } } pageInfo { hasNextPage endCursor } }
  standing { memberCount medianPacePerWeek bands { members } viewer { percent band membersAhead } }
  matrix { sections { id } sectionTotals rows { member { user { login } } counts cells { done total } }
    section(id: $section) { section { id } items { id } rows { member { user { login } } statuses } } }
  sharedNotes { author { login } note noteHtml item { id } }`;
const COHORT_READS: MatrixRow[] = [
  {
    name: "cohort(id) of A's cohort, every field",
    root: "Query.cohort",
    query: `query($id: ID!, $section: ID!) { cohort(id: $id) { ${COHORT_FIELDS} } }`,
    variables: (victim) => ({ id: victim.cohortId, section: victim.sectionId }),
    mayActOnOwnData: true,
    private: true,
  },
  {
    name: "node(id) of A's cohort",
    root: "Query.node",
    query: `query($id: ID!) { node(id: $id) { id ... on Cohort { name memberCount matrix { sectionTotals rows { counts cells { done } } } } } }`,
    variables: (victim) => ({ id: victim.cohortId }),
    mayActOnOwnData: true,
    private: true,
  },
  {
    name: "cohortInvite of a made-up invite link",
    root: "Query.cohortInvite",
    query: `query { cohortInvite(invite: "wmi_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA") { name memberCount roadmap { id } viewerIsMember expiresAt } }`,
    variables: () => ({}),
    mayActOnOwnData: false,
    private: true,
  },
  {
    name: "viewer's own cohorts",
    root: "Query.viewer",
    query: `{ viewer { cohorts(first: 20) { nodes { id name memberCount members { nodes { user { login } } } }
      edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }`,
    variables: () => ({}),
    mayActOnOwnData: true,
  },
];

const COHORT_WRITES: MatrixRow[] = [
  {
    name: "createCohort on A's private roadmap",
    root: "Mutation.createCohort",
    query: `mutation($id: ID!) { createCohort(input: { roadmapId: $id, name: "B's" }) { id roadmap { title } } }`,
    variables: (victim) => ({ id: victim.secret.id }),
    mayActOnOwnData: false,
    private: true,
  },
  {
    name: "joinCohort with a made-up invite",
    root: "Mutation.joinCohort",
    query: `mutation { joinCohort(input: { invite: "wmi_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB" }) { id name } }`,
    variables: () => ({}),
    mayActOnOwnData: false,
    private: true,
  },
  ...(
    [
      ["leaveCohort", `leaveCohort(input: { cohortId: $id })`],
      ["rotateCohortInvite", `rotateCohortInvite(input: { cohortId: $id }) { inviteUrl }`],
      ["setCohortSharing", `setCohortSharing(input: { cohortId: $id, showMeToCohort: true }) { id }`],
      ["deleteCohort", `deleteCohort(input: { cohortId: $id })`],
    ] as const
  ).map(([mutation, call]): MatrixRow => ({
    name: `${mutation} of A's cohort`,
    root: `Mutation.${mutation}`,
    query: `mutation($id: ID!) { ${call} }`,
    variables: (victim) => ({ id: victim.cohortId }),
    mayActOnOwnData: false,
    private: true,
  })),
  {
    name: "setCohortMemberRole of A in A's cohort",
    root: "Mutation.setCohortMemberRole",
    query: `mutation($id: ID!, $login: String!) { setCohortMemberRole(input: { cohortId: $id, login: $login, role: MEMBER }) { role } }`,
    variables: (victim) => ({ id: victim.cohortId, login: victim.login }),
    mayActOnOwnData: false,
    private: true,
  },
  {
    name: "removeCohortMember of A from A's cohort",
    root: "Mutation.removeCohortMember",
    query: `mutation($id: ID!, $login: String!) { removeCohortMember(input: { cohortId: $id, login: $login }) }`,
    variables: (victim) => ({ id: victim.cohortId, login: victim.login }),
    mayActOnOwnData: false,
    private: true,
  },
];

/*
 * Insiders: B is a member (not a mentor) of A's second cohort. B may see the
 * cohort and the distribution, never what only its owner and mentors see (the
 * invite, the matrix, the export, members' activity and stuck items), never A's
 * name (A does not show it to the cohort) or notes, and may change nothing of
 * A's: a refusal may say forbidden here, since B knows the cohort exists.
 */
const COHORT_INSIDER_READS: MatrixRow[] = [
  {
    name: "cohort(id) of A's cohort B is in: what its owner and mentors see",
    root: "Query.cohort",
    query: `query($id: ID!, $section: ID!) { cohort(id: $id) { inviteUrl exportPath
      invite { uses maxUses expiresAt createdAt }
      matrix { sections { id } sectionTotals rows { member { user { login } } counts cells { done total } }
        section(id: $section) { items { id } rows { member { user { login } } statuses } } } } }`,
    variables: (victim) => ({ id: victim.sharedCohortId, section: victim.sectionId }),
    mayActOnOwnData: true,
    memberSeesNone: true,
  },
  {
    name: "cohort(id) of A's cohort B is in: members, standing and shared notes",
    root: "Query.cohort",
    query: `query($id: ID!) { cohort(id: $id) { id name viewerRole memberCount
      members(first: 50) { nodes { user { login name avatarUrl } role lastActiveAt stuckItems { id } completion { done percent } }
        edges { cursor } pageInfo { hasNextPage } }
      standing { memberCount bands { members } viewer { percent } } sharedNotes { author { login } note item { id } } } }`,
    variables: (victim) => ({ id: victim.sharedCohortId }),
    mayActOnOwnData: true,
  },
];

const COHORT_INSIDER_WRITES: MatrixRow[] = [
  ...(
    [
      ["rotateCohortInvite", `rotateCohortInvite(input: { cohortId: $id }) { inviteUrl }`],
      ["deleteCohort", `deleteCohort(input: { cohortId: $id })`],
    ] as const
  ).map(([mutation, call]): MatrixRow => ({
    name: `${mutation} of A's cohort B is in`,
    root: `Mutation.${mutation}`,
    query: `mutation($id: ID!) { ${call} }`,
    variables: (victim) => ({ id: victim.sharedCohortId }),
    mayActOnOwnData: false,
  })),
  ...(
    [
      [
        "setCohortMemberRole of A to member",
        `setCohortMemberRole(input: { cohortId: $id, login: $a, role: MEMBER }) { role }`,
      ],
      [
        "setCohortMemberRole of B to mentor",
        `setCohortMemberRole(input: { cohortId: $id, login: $b, role: MENTOR }) { role }`,
      ],
      ["removeCohortMember of A", `removeCohortMember(input: { cohortId: $id, login: $a })`],
    ] as const
  ).map(([name, call]): MatrixRow => ({
    name: `${name}, in A's cohort B is in`,
    root: `Mutation.${call.slice(0, call.indexOf("(")) as "setCohortMemberRole"}`,
    query: `mutation($id: ID!, $a: String!, $b: String!) { ${call} }`,
    variables: (victim) => ({ id: victim.sharedCohortId, a: victim.login, b: victim.intruderLogin }),
    mayActOnOwnData: false,
  })),
];

const MATRIX = [...READS, ...PRIVATE_READS, ...COHORT_READS, ...WRITES, ...PRIVATE_WRITES, ...COHORT_WRITES];

test("learner B and strangers can neither see nor change learner A's progress, notes and tokens", async () => {
  test.setTimeout(180_000);
  const summary = new ProbeSummary("cross-user-matrix");
  const waymark = await startWaymark("postgres", {
    port: 3450,
    env: { RATE_LIMIT_PER_MINUTE: "100000", ROADMAP_SAVES_PER_MINUTE: "100000" },
  });
  try {
    const schema = waymarkSchema();
    for (const type of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const field of Object.keys(type.getFields())) {
        if (!MATRIX.some((row) => row.root === `${type.name}.${field}`)) {
          summary.error(`${type.name}.${field} has no row in the cross-user matrix: add one`);
        }
      }
    }

    // A's data: statuses (so history and activity), notes, two tokens.
    const suffix = randomBytes(3).toString("hex");
    const loginA = `cross-a-${suffix}`;
    const cookieA = await waymark.signIn(loginA);
    const { itemIds, roadmapId, sectionIds } = await backendRoadmap(waymark.url);
    const secret = await privateRoadmapOf(waymark.url, cookieA);
    const cohortA = await postGraphql<{ createCohort: { id: string; inviteUrl: string } }>(
      waymark.url,
      `mutation($r: ID!) { createCohort(input: { roadmapId: $r, name: "A-SECRET-COHORT" }) { id inviteUrl } }`,
      { r: roadmapId },
      { cookie: cookieA },
    );
    if (!cohortA.data) throw new Error(`A's cohort was not made: ${JSON.stringify(cohortA.errors)}`);
    const victim: Victim = {
      itemIds: itemIds.slice(0, 4),
      roadmapId,
      tokenIds: [],
      login: loginA,
      secret,
      cohortId: cohortA.data.createCohort.id,
      inviteSecret: cohortA.data.createCohort.inviteUrl.split("/").at(-1)!,
      sectionId: sectionIds[0]!,
    };
    const noteSecrets = victim.itemIds
      .slice(0, 2)
      .map((_, index) => `A-SECRET-NOTE-${index}-${randomBytes(6).toString("hex")}`);
    for (const [index, status] of (["DONE", "IN_PROGRESS", "SKIPPED", "DONE"] as const).entries()) {
      await postGraphql(
        waymark.url,
        `mutation($i: ID!, $s: ItemStatus!) { setItemStatus(input: { itemId: $i, status: $s }) { id } }`,
        { i: victim.itemIds[index], s: status },
        { cookie: cookieA },
      );
    }
    // On A's private roadmap too: a status and a note.
    await postGraphql(
      waymark.url,
      `mutation($i: ID!, $j: ID!, $n: String) { setItemStatus(input: { itemId: $i, status: DONE }) { id }
        setItemNote(input: { itemId: $j, note: $n }) { id } }`,
      { i: secret.itemIds[0], j: secret.itemIds[1], n: `${noteSecrets[0]}-on-private` },
      { cookie: cookieA },
    );
    for (const [index, note] of noteSecrets.entries()) {
      await postGraphql(
        waymark.url,
        `mutation($i: ID!, $n: String) { setItemNote(input: { itemId: $i, note: $n }) { id } }`,
        { i: victim.itemIds[index], n: note },
        { cookie: cookieA },
      );
    }
    // A's goals, profile choice (not public) and calendar link, which B must neither read nor change.
    await postGraphql(
      waymark.url,
      `mutation($r: ID!) { setRoadmapGoal(input: { roadmapId: $r, targetDate: "2099-12-31", weeklyGoal: 7 }) { id } }`,
      { r: roadmapId },
      { cookie: cookieA },
    );
    await postGraphql(
      waymark.url,
      `mutation($r: ID!) { setProfileVisibility(input: { public: false, roadmapIds: [$r], timeZone: "Asia/Tokyo" }) { id } }`,
      { r: roadmapId },
      { cookie: cookieA },
    );
    await postGraphql(waymark.url, `mutation { createCalendarFeed { createdAt } }`, {}, { cookie: cookieA });
    // A's review (issue 23): the DONE item rated a moment ago (so undoable), and A's own settings.
    await postGraphql(
      waymark.url,
      `mutation($i: ID!) { reviewItem(input: { itemId: $i, rating: GOOD }) { id }
        setReviewSettings(input: { dailyLimit: 33, desiredRetention: 0.93 }) { dailyLimit } }`,
      { i: victim.itemIds[0] },
      { cookie: cookieA },
    );
    const tokensA = [
      await createTokenOverHttp(waymark.url, cookieA, ["READ_PROGRESS"], "a-read"),
      await createTokenOverHttp(waymark.url, cookieA, ["READ_PROGRESS", "WRITE_PROGRESS"], "a-both"),
    ];
    victim.tokenIds = tokensA.map((token) => token.id);

    const snapshotA = () =>
      waymark.inspect(async (db) => {
        const user = await db.user.findUniqueOrThrow({ where: { login: loginA }, select: { id: true } });
        const where = { userId: user.id };
        return {
          userId: user.id,
          state: JSON.stringify({
            progress: await db.progress.findMany({
              where,
              orderBy: { itemId: "asc" },
              select: { itemId: true, status: true, updatedAt: true },
            }),
            events: await db.progressEvent.findMany({
              where,
              orderBy: { id: "asc" },
              select: { itemId: true, from: true, to: true, at: true },
            }),
            notes: await db.note.findMany({
              where,
              orderBy: { itemId: "asc" },
              select: { itemId: true, body: true, updatedAt: true },
            }),
            roadmaps: await db.roadmap.findMany({
              where: { ownerId: user.id },
              orderBy: { id: "asc" },
              select: { id: true, slug: true, title: true, visibility: true, markdown: true, contentVersion: true },
            }),
            tokens: await db.apiToken.findMany({
              where,
              orderBy: { id: "asc" },
              select: { id: true, name: true, scopes: true, revokedAt: true, prefix: true },
            }),
            goals: await db.roadmapGoal.findMany({
              where,
              select: { roadmapId: true, targetDate: true, weeklyGoal: true },
            }),
            profile: await db.user.findUniqueOrThrow({
              where: { id: user.id },
              select: { profilePublic: true, profileTimeZone: true, profileRoadmaps: { select: { roadmapId: true } } },
            }),
            calendar: await db.calendarFeed.findMany({ where, select: { tokenHash: true, createdAt: true } }),
            reviewCards: await db.reviewCard.findMany({ where, orderBy: { itemId: "asc" } }),
            reviewEvents: await db.reviewEvent.findMany({ where, orderBy: { id: "asc" } }),
            reviewSettings: await db.reviewSettings.findMany({ where }),
            reviewRoadmapSettings: await db.reviewRoadmapSetting.findMany({ where }),
            cohorts: await db.cohort.findMany({
              where: { ownerId: user.id },
              orderBy: { id: "asc" },
              select: {
                id: true,
                name: true,
                members: { select: { userId: true, role: true, showMeToCohort: true, sharedNoteId: true } },
                invite: { select: { tokenHash: true, uses: true, maxUses: true, expiresAt: true } },
              },
            }),
          }),
          prefixes: (await db.apiToken.findMany({ where, select: { prefix: true } })).map((token) => token.prefix),
        };
      });
    const before = await snapshotA();
    const secrets = [
      ...noteSecrets,
      loginA,
      before.userId,
      ...victim.tokenIds,
      ...before.prefixes,
      SECRET_TITLE,
      SECRET_ITEM,
      "a-secret",
      secret.id,
      secret.sectionId,
      secret.resourceId,
      ...secret.itemIds,
      "A-SECRET-COHORT",
      victim.inviteSecret,
    ];

    // Control: A sees A's own notes through the read paths, so the leak checks below can fail.
    const own = await rawGraphqlRequest(
      waymark.url,
      { body: operationBody(READS[0]!.query, READS[0]!.variables(victim)) },
      { cookie: cookieA },
    );
    if (findSecrets(own.text, noteSecrets).length !== noteSecrets.length)
      summary.error(`control: A does not see A's own notes: ${own.text.slice(0, 200)}`);
    const ownState = findForeignState((JSON.parse(own.text) as { data?: unknown }).data ?? null, []);
    if (ownState.length === 0) summary.error("control: A's own answer shows none of A's state");

    // B's callers: a session, tokens with each scope set, and nobody.
    const loginB = `cross-b-${suffix}`;
    const cookieB = await waymark.signIn(loginB);
    const scopeSets: Scope[][] = [
      ["READ_PROGRESS"],
      ["WRITE_PROGRESS"],
      ["READ_PROGRESS", "WRITE_PROGRESS"],
      ["WRITE_ROADMAPS"],
      ["COHORTS"],
      ["READ_PROGRESS", "WRITE_PROGRESS", "WRITE_ROADMAPS", "COHORTS"],
    ];
    const tokensB = await Promise.all(
      scopeSets.map((scopes) => createTokenOverHttp(waymark.url, cookieB, scopes, `b-${scopes.join("-")}`)),
    );
    const callers: { name: string; caller: Caller }[] = [
      { name: "B's session", caller: { cookie: cookieB } },
      ...tokensB.map((token, index) => ({
        name: `B's token [${scopeSets[index]!.join(",")}]`,
        caller: { token: token.token },
      })),
      { name: "signed out", caller: {} },
    ];
    const ownTokenIds = tokensB.map((token) => token.id);

    const run = async (row: MatrixRow, phase: string, checkForeignState: boolean, hidden = secrets) => {
      for (const { name, caller } of callers) {
        const body = operationBody(row.query, row.variables(victim));
        const answer = await rawGraphqlRequest(waymark.url, { body }, caller);
        const label = `${phase} ${row.name} as ${name}`;
        summary.tried += 1;
        const verdict = judgeGraphqlAnswer(answer);
        if (verdict.kind === "error") {
          summary.error(`${label}: ${verdict.reason}`);
          continue;
        }
        // An id the caller sent may be echoed back ("Token <id> was not found"): that tells it nothing.
        const leaked = findSecrets(answer.text, hidden).filter((secret) => !body.includes(secret));
        if (leaked.length > 0) summary.error(`${label}: LEAK of ${leaked.join(", ")} in ${answer.text.slice(0, 300)}`);
        if (row.memberSeesNone && verdict.kind !== "refused") {
          const seen = Object.entries((verdict.body.data as { cohort?: Record<string, unknown> } | null)?.cohort ?? {});
          const shown = seen.filter(([, value]) => value !== null).map(([field]) => field);
          if (shown.length > 0)
            summary.error(`${label}: a member sees ${shown.join(", ")}: ${answer.text.slice(0, 300)}`);
        }
        if (checkForeignState) {
          const foreign = findForeignState(verdict.body.data ?? null, ownTokenIds);
          if (foreign.length > 0) summary.error(`${label}: LEAK, state B never had: ${foreign.slice(0, 5).join("; ")}`);
        }
        if (verdict.kind === "refused" && row.private) {
          // Forbidden for want of a scope or a session tells nothing about the roadmap; anything else must be "not found".
          for (const error of verdict.body.errors ?? []) {
            const code = error.extensions?.code;
            const tellsNothing = code !== "FORBIDDEN" || /lacks the|Sign in with GitHub/.test(error.message);
            if (!tellsNothing || /owner|forbidden/i.test(error.message)) {
              summary.error(`${label}: a private roadmap must be "not found": ${code} ${error.message}`);
            }
          }
        }
        if (verdict.kind === "refused") summary.refused += 1;
        else if (!row.mayActOnOwnData) summary.error(`${label}: succeeded: ${answer.text.slice(0, 200)}`);
      }
    };
    // B has no progress yet: whatever state a read shows can only be A's.
    for (const row of [...READS, ...PRIVATE_READS, ...COHORT_READS]) await run(row, "read", true);
    for (const row of [...WRITES, ...PRIVATE_WRITES, ...COHORT_WRITES]) await run(row, "write", false);
    // B has state of its own now; A's secrets still must not show.
    for (const row of [...READS, ...PRIVATE_READS, ...COHORT_READS]) await run(row, "read again", false);
    // B's own calendar subscription, which must serve B's reminders only.
    const feedB = await postGraphql<{ createCalendarFeed: { secret: string } }>(
      waymark.url,
      `mutation { createCalendarFeed { secret } }`,
      {},
      { cookie: cookieB },
    );
    const intruder: Intruder = { feedSecret: feedB.data!.createCalendarFeed.secret };
    // Control: A downloads A's own reminder, so the not-found answers below can fail.
    const ownReminder = await fetch(`${waymark.url}/api/calendar/${secret.slug}.ics`, { headers: { cookie: cookieA } });
    const ownText = await ownReminder.text();
    if (ownReminder.status !== 200 || !ownText.includes(SECRET_TITLE)) {
      summary.error(`control: A does not get A's own reminder: ${ownReminder.status} ${ownText.slice(0, 200)}`);
    }
    await probePages(waymark.url, victim, intruder, callers, secrets, summary);

    const after = await snapshotA();
    if (after.state !== before.state) summary.error(`A's rows changed:\nbefore ${before.state}\nafter  ${after.state}`);
    for (const token of tokensA) {
      const still = await postGraphql<{ viewer: { login: string } }>(
        waymark.url,
        `{ viewer { login } }`,
        {},
        { token: token.token },
      );
      if (still.data?.viewer?.login !== loginA)
        summary.error(`A's token ${token.id} no longer works: ${JSON.stringify(still)}`);
    }
    // Insiders: A's second cohort, which B joins as a member (A keeps A's name to the mentors).
    const shared = await postGraphql<{ createCohort: { id: string; inviteUrl: string } }>(
      waymark.url,
      `mutation($r: ID!) { createCohort(input: { roadmapId: $r, name: "A and B's cohort" }) { id inviteUrl } }`,
      { r: roadmapId },
      { cookie: cookieA },
    );
    if (!shared.data) throw new Error(`A's second cohort was not made: ${JSON.stringify(shared.errors)}`);
    const joined = await postGraphql(
      waymark.url,
      `mutation($invite: String!) { joinCohort(input: { invite: $invite }) { id } }`,
      { invite: shared.data.createCohort.inviteUrl },
      { cookie: cookieB },
    );
    if (joined.errors) throw new Error(`B did not join A's second cohort: ${JSON.stringify(joined.errors)}`);
    victim.sharedCohortId = shared.data.createCohort.id;
    victim.intruderLogin = loginB;
    const insiderSecrets = [
      ...secrets.filter((text) => text !== "A-SECRET-COHORT"),
      shared.data.createCohort.inviteUrl,
    ];
    const beforeInsiders = await snapshotA();
    // Control: A, its owner, sees what B must not (so the member's null answers below can fail).
    const ownView = await postGraphql<{ cohort: Record<string, unknown> | null }>(
      waymark.url,
      COHORT_INSIDER_READS[0]!.query,
      COHORT_INSIDER_READS[0]!.variables(victim),
      { cookie: cookieA },
    );
    const ownerSees = Object.entries(ownView.data?.cohort ?? {}).filter(([, value]) => value !== null);
    if (ownerSees.length !== 4)
      summary.error(`control: A does not see A's cohort as its owner: ${JSON.stringify(ownView)}`);
    for (const row of COHORT_INSIDER_READS) await run(row, "insider read", false, insiderSecrets);
    for (const row of COHORT_INSIDER_WRITES) await run(row, "insider write", false, insiderSecrets);
    await probePages(waymark.url, victim, intruder, callers, insiderSecrets, summary, INSIDER_PAGE_PATHS);
    const afterInsiders = await snapshotA();
    if (afterInsiders.state !== beforeInsiders.state)
      summary.error(
        `A's rows changed in the insiders' phase:\nbefore ${beforeInsiders.state}\nafter  ${afterInsiders.state}`,
      );

    summary.note(
      `${MATRIX.length} operations x ${callers.length} callers, and ${PAGE_PATHS.length} pages and downloads; A's ${before.state.length}-character state unchanged: ${after.state === before.state}; ` +
        `insiders (B a member of A's cohort): ${COHORT_INSIDER_READS.length + COHORT_INSIDER_WRITES.length} operations x ${callers.length} callers, and ${INSIDER_PAGE_PATHS.length} pages and downloads`,
    );
  } finally {
    await waymark.stop();
  }
  await summary.finish();
});

/** A's private roadmap, created through the API as A's browser does, with the ids of its parts. */
async function privateRoadmapOf(baseUrl: string, cookie: string): Promise<Victim["secret"]> {
  const saved = await postGraphql<{ saveRoadmap: { roadmap: { id: string; slug: string } } }>(
    baseUrl,
    `mutation($md: String!) { saveRoadmap(input: { markdown: $md }) { roadmap { id slug } } }`,
    { md: SECRET_MARKDOWN },
    { cookie },
  );
  const roadmap = saved.data?.saveRoadmap.roadmap;
  if (!roadmap) throw new Error(`A's roadmap was not saved: ${JSON.stringify(saved.errors)}`);
  // With a Spanish translation, whose title is A's secret too.
  const translated = await postGraphql(
    baseUrl,
    `mutation($id: ID!, $md: String!) { saveRoadmapTranslation(input: { roadmapId: $id, language: "es", markdown: $md }) { id } }`,
    { id: roadmap.id, md: SECRET_MARKDOWN.replace("Only A may see this.", "Solo A puede verlo.") },
    { cookie },
  );
  if (translated.errors) throw new Error(`A's translation was not saved: ${JSON.stringify(translated.errors)}`);
  const tree = await postGraphql<{
    roadmap: { sections: { id: string }[]; items: { id: string; resources: { id: string }[] }[] };
  }>(
    baseUrl,
    `query($s: String!) { roadmap(slug: $s) { sections { id } items { id resources { id } } } }`,
    { s: roadmap.slug },
    { cookie },
  );
  const content = tree.data!.roadmap;
  return {
    id: roadmap.id,
    slug: roadmap.slug,
    sectionId: content.sections[0]!.id,
    itemIds: content.items.map((item) => item.id),
    resourceId: content.items[0]!.resources[0]!.id,
  };
}

/** What B holds of B's own that a path may use: B's calendar subscription secret. */
interface Intruder {
  feedSecret: string;
}

/**
 * Pages and downloads, by path: what each caller must get (status), that no
 * secret of A's is in it, and, with `sameAs`, that the answer is byte for byte
 * the one for a roadmap that does not exist.
 */
interface PagePath {
  path: (victim: Victim, intruder: Intruder) => string;
  statuses: { cookie: number[]; token: number[]; none: number[] };
  sameAs?: (victim: Victim, intruder: Intruder) => string;
  /** B knows this cohort (a member): its refusals may say forbidden. */
  insider?: boolean;
}

const PAGE_PATHS: PagePath[] = [
  { path: (v) => `/roadmaps/${v.secret.slug}`, statuses: { cookie: [404], token: [404], none: [404] } },
  {
    // The study reminder of A's private roadmap (Roadmap.calendarUrl), by session or token.
    path: (v) => `/api/calendar/${v.secret.slug}.ics`,
    statuses: { cookie: [404], token: [404, 403], none: [401] },
    sameAs: (v) => `/api/calendar/${v.login}/no-such-roadmap.ics`,
  },
  {
    // The same through B's own subscription secret.
    path: (v, b) => `/api/calendar/feeds/${b.feedSecret}/${v.secret.slug}.ics`,
    statuses: { cookie: [404], token: [404], none: [404] },
    sameAs: (v, b) => `/api/calendar/feeds/${b.feedSecret}/${v.login}/no-such-roadmap.ics`,
  },
  {
    // Its link-preview card: the plain Waymark card, as for a roadmap that does not exist.
    path: (v) => `/roadmaps/${v.secret.slug}/opengraph-image`,
    statuses: { cookie: [200], token: [200], none: [200] },
    sameAs: (v) => `/roadmaps/${v.login}/no-such-roadmap/opengraph-image`,
  },
  { path: (v) => `/roadmaps/${v.secret.slug}/edit`, statuses: { cookie: [404], token: [307], none: [307] } },
  // Its translations' editor, and its page in its Spanish translation.
  {
    path: (v) => `/roadmaps/${v.secret.slug}/edit/translations`,
    statuses: { cookie: [404], token: [307], none: [307] },
  },
  { path: (v) => `/roadmaps/${v.secret.slug}?language=es`, statuses: { cookie: [404], token: [404], none: [404] } },
  ...(["markdown", "json", "csv"] as const).map((format) => ({
    path: (v: Victim) => `/api/roadmaps/${v.secret.id}/export?format=${format}`,
    statuses: { cookie: [404], token: [404, 403], none: [401] },
  })),
  {
    // The matrix of A's cohort as CSV: not found to anyone not in it (a token without COHORTS: forbidden).
    path: (v: Victim) => `/api/cohorts/${v.cohortId}/export`,
    statuses: { cookie: [404], token: [404, 403], none: [401] },
  },
  // A's cohort's page: the not-found page to anyone not in it; pages take no token (sign-in first).
  { path: (v) => `/cohorts/${v.cohortId}`, statuses: { cookie: [404], token: [307], none: [307] } },
  { path: (v) => `/cohorts/${v.cohortId}?open=x&sort=percent`, statuses: { cookie: [404], token: [307], none: [307] } },
  { path: () => "/cohorts", statuses: { cookie: [200], token: [307], none: [307] } },
  {
    // A made-up invite: the page that says the link does not work, naming no cohort.
    path: () => "/cohorts/join/wmi_CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC",
    statuses: { cookie: [200], token: [307], none: [307] },
  },
  {
    path: () => `/explore?q=${encodeURIComponent(SECRET_TITLE)}`,
    statuses: { cookie: [200], token: [200], none: [200] },
  },
  { path: () => "/explore", statuses: { cookie: [200], token: [200], none: [200] } },
  { path: () => "/explore?skill=a-secret-skill", statuses: { cookie: [200], token: [200], none: [200] } },
  { path: () => "/explore?skill=git&q=a-secret", statuses: { cookie: [200], token: [200], none: [200] } },
  // Skills (issue 24): A's private-only skill is a 404 like a name nobody claims; git's page lists no private item.
  {
    path: () => `/skills/${SECRET_SKILL}`,
    statuses: { cookie: [404], token: [404], none: [404] },
  },
  { path: () => "/skills/git", statuses: { cookie: [200], token: [200], none: [200] } },
  { path: () => "/skills?q=a-secr", statuses: { cookie: [200], token: [200], none: [200] } },
  { path: () => "/skills", statuses: { cookie: [200], token: [200], none: [200] } },
  { path: () => "/roadmaps/mine", statuses: { cookie: [200], token: [307], none: [307] } },
  { path: () => "/api/your-data", statuses: { cookie: [200], token: [403], none: [401] } },
];

/** A's cohort B is a member of: B's session gets the member's page, never the mentors' export. */
const INSIDER_PAGE_PATHS: PagePath[] = [
  {
    path: (v) => `/api/cohorts/${v.sharedCohortId}/export`,
    statuses: { cookie: [403], token: [403], none: [401] },
    insider: true,
  },
  {
    path: (v) => `/cohorts/${v.sharedCohortId}`,
    statuses: { cookie: [200], token: [307], none: [307] },
    insider: true,
  },
  {
    path: (v) => `/cohorts/${v.sharedCohortId}?open=${v.sectionId}&sort=percent`,
    statuses: { cookie: [200], token: [307], none: [307] },
    insider: true,
  },
];

async function probePages(
  baseUrl: string,
  victim: Victim,
  intruder: Intruder,
  callers: { name: string; caller: Caller }[],
  secrets: string[],
  summary: ProbeSummary,
  paths: PagePath[] = PAGE_PATHS,
) {
  for (const page of paths) {
    const path = page.path(victim, intruder);
    for (const { name, caller } of callers) {
      const headers: Record<string, string> = {};
      if (caller.cookie) headers.cookie = caller.cookie;
      if (caller.token) headers.authorization = `Bearer ${caller.token}`;
      const response = await fetch(`${baseUrl}${path}`, { headers, redirect: "manual" });
      const body = Buffer.from(await response.arrayBuffer());
      const text = body.toString("utf8");
      summary.tried += 1;
      if (page.sameAs) {
        const other = page.sameAs(victim, intruder);
        const missing = await fetch(`${baseUrl}${other}`, { headers, redirect: "manual" });
        const missingBody = Buffer.from(await missing.arrayBuffer());
        if (missing.status !== response.status || !missingBody.equals(body)) {
          summary.error(
            `page ${path} as ${name}: HTTP ${response.status} (${body.length} bytes), unlike a roadmap that does not exist (${other}: HTTP ${missing.status}, ${missingBody.length} bytes)`,
          );
        }
      }
      const expected = caller.cookie ? page.statuses.cookie : caller.token ? page.statuses.token : page.statuses.none;
      if (!expected.includes(response.status)) {
        summary.error(
          `page ${path} as ${name}: HTTP ${response.status}, expected ${expected.join(" or ")}: ${text.slice(0, 200)}`,
        );
      }
      if (response.status >= 400) summary.refused += 1;
      // The address itself names A's roadmap (its slug, its id): only what the page adds counts.
      const leaked = findSecrets(text, secrets).filter(
        (secret) => !path.includes(secret) && !path.includes(encodeURIComponent(secret)),
      );
      if (leaked.length > 0) summary.error(`page ${path} as ${name}: LEAK of ${leaked.join(", ")}`);
      if (/forbidden/i.test(text) && response.status === 403 && !caller.token && !page.insider) {
        summary.error(`page ${path} as ${name}: says forbidden, not "not found"`);
      }
    }
  }
}
