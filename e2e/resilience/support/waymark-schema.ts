import { buildSchema, type GraphQLSchema } from "graphql";
import { typeDefs } from "../../../graphql/schema";

/**
 * The API's schema built from the SDL the server itself uses, so probes that
 * walk it (the fuzzer, the NUL probe) cover every field and argument added later
 * without being told.
 */
export function waymarkSchema(): GraphQLSchema {
  return buildSchema(typeDefs.join("\n"));
}

/**
 * How to reach a field of each type that has arguments, from the root: a
 * selection wrapped around the field. A type missing here makes the probes that
 * need it say so, rather than silently skip its arguments.
 */
export const ROUTES: Record<string, { operation: "query" | "mutation"; wrap: (selection: string) => string }> = {
  Query: { operation: "query", wrap: (selection) => selection },
  Mutation: { operation: "mutation", wrap: (selection) => selection },
  Roadmap: { operation: "query", wrap: (selection) => `roadmap(slug: "backend") { ${selection} }` },
  Viewer: { operation: "query", wrap: (selection) => `viewer { ${selection} }` },
  Item: { operation: "query", wrap: (selection) => `roadmap(slug: "backend") { items { ${selection} } }` },
  Section: { operation: "query", wrap: (selection) => `roadmap(slug: "backend") { sections { ${selection} } }` },
  // A cohort nobody is in: strings are checked in the document and the variables, before any resolver.
  Cohort: { operation: "query", wrap: (selection) => `cohort(id: "c0") { ${selection} }` },
  CohortMember: { operation: "query", wrap: (selection) => `cohort(id: "c0") { members { nodes { ${selection} } } }` },
  CohortMatrix: { operation: "query", wrap: (selection) => `cohort(id: "c0") { matrix { ${selection} } }` },
  ReviewQueue: { operation: "query", wrap: (selection) => `viewer { reviewQueue { ${selection} } }` },
  Skill: { operation: "query", wrap: (selection) => `skill(name: "git") { ${selection} }` },
};
