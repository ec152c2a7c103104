import { buildSchema, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { readsOnlyContentAndViewerValues, readsOnlyRoadmapContent } from "./cacheable-operation";
import { typeDefs } from "../schema";

/*
 * A cohort's answer shows other learners' figures and depends on who is in it:
 * it is never served from an answer cache built for roadmaps, signed out or in,
 * however the cohort is reached (issue 22).
 */

const schema = buildSchema(typeDefs.join("\n"));
const cacheable = (document: string) => {
  const parsed = parse(document);
  return readsOnlyRoadmapContent(schema, parsed) || readsOnlyContentAndViewerValues(schema, parsed, null);
};

describe("cohort fields and the answer cache", () => {
  it.each([
    `{ cohort(id: "c") { id } }`,
    `{ cohort(id: "c") { roadmap { title sections { title } } } }`,
    `{ cohort(id: "c") { members { nodes { completion { done total percent } } } } }`,
    `{ node(id: "c") { ... on Cohort { name matrix { rows { cells { done } } } } } }`,
    `{ viewer { cohorts { nodes { id } } } }`,
    `{ cohortInvite(invite: "wmi_x") { name } }`,
    `{ roadmap(slug: "backend") { title } cohort(id: "c") { name } }`,
    `query { roadmap(slug: "backend") { title } ...C } fragment C on Query { cohort(id: "c") { standing { memberCount } } }`,
    `mutation { joinCohort(input: { invite: "wmi_x" }) { id } }`,
  ])("never caches %s", (document) => {
    expect(cacheable(document)).toBe(false);
  });

  it("still caches the roadmap reads beside which the cohort reads are refused", () => {
    expect(cacheable(`{ roadmap(slug: "backend") { title progress { done } } }`)).toBe(true);
  });
});
