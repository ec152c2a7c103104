import "server-only";

import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from "graphql";
import { queryReadsOnly } from "../content-only-operation";

/*
 * Which signed-in queries may be kept as templates: those that read roadmap
 * content and, of the viewer's own values, only those whose resolvers mark
 * their place (answer-holes.ts). Every field here is either the same for every
 * reader until the content epoch changes, or such a value. Anything else
 * (dates and plans that move with the clock, a badge's address, whether the
 * viewer may edit, a profile) runs in full every time. A field added later is
 * left out until it is added here on purpose, with its hole if it is the
 * viewer's.
 */
const FIELDS: Record<string, ReadonlySet<string>> = {
  Query: new Set(["roadmap"]),
  Roadmap: new Set([
    "id",
    "slug",
    "title",
    "description",
    "sections",
    "itemCount",
    "resources",
    "progress",
    "items",
    "path",
  ]),
  Section: new Set(["id", "title", "position", "items", "progress"]),
  Item: new Set([
    "id",
    "key",
    "title",
    "position",
    "children",
    "resources",
    "status",
    "statusUpdatedAt",
    "note",
    "noteHtml",
  ]),
  Resource: new Set(["id", "title", "url", "kind", "writtenType"]),
  // The counts only: the plan fields depend on today's date.
  Completion: new Set(["total", "done", "inProgress", "skipped", "percent"]),
};

export function isFillableSignedInQuery(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode | null | undefined,
): boolean {
  return queryReadsOnly(schema, document, operation, (parentName, name) => FIELDS[parentName]?.has(name) ?? false);
}
