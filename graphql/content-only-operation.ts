import "server-only";

import {
  getNamedType,
  isIntrospectionType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
} from "graphql";

/*
 * Which signed-out answers may be kept. The cache's key changes with roadmap
 * content only (content-epoch.ts), so only an operation that reads nothing but
 * roadmap content may be stored: its fields are checked against a list of the
 * types whose signed-out values come from the content alone. Anything else (a
 * learner's profile, an owner's login, a count over everyone's progress) is
 * computed every time. A type or root field added later is left out until it is
 * added here on purpose.
 */

const CONTENT_ROOT_FIELDS = new Set(["roadmaps", "roadmap", "item"]);
/** Types whose every field, asked signed out, depends only on roadmap rows and their content. */
const CONTENT_TYPES = new Set(["Roadmap", "Section", "Item", "Resource", "Completion", "ProgressBucket"]);

export function readsOnlyRoadmapContent(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  const queryType = schema.getQueryType();
  let contentOnly = true;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        const name = node.name.value;
        if (!parent || !contentOnly) return false;
        if (name.startsWith("__") || isIntrospectionType(getNamedType(parent))) return undefined;
        const allowed = parent === queryType ? CONTENT_ROOT_FIELDS.has(name) : CONTENT_TYPES.has(parent.name);
        if (!allowed) {
          contentOnly = false;
          return false;
        }
        return undefined;
      },
    }),
  );
  return contentOnly;
}
