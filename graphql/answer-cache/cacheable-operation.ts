import "server-only";

import type {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
} from "graphql";

/*
 * Which answers may be cached. A signed-out answer is cached whole, so only an
 * operation that reads nothing but roadmap content may be: its fields are
 * checked against the types whose signed-out values come from roadmap rows
 * alone (checked again later through the roadmaps it read, roadmap-reads.ts).
 * A signed-in answer is cached as a template, so its fields must each be
 * content or one of the viewer's values (declared with viewerValue()). Anything
 * else (a learner's profile, an owner's login, dates and plans that move with
 * the clock, whether the viewer may edit, a count over everyone's progress) is
 * computed every time. A type or field added later is left out until it is
 * added here on purpose.
 *
 * The walk reads the schema by names only: graphql's own helpers test types with
 * instanceof, which fails when the schema was built by another copy of the
 * graphql module (Apollo's, as bundled or as resolved by a test runner).
 */

const CONTENT_ROOT_FIELDS = new Set(["roadmaps", "roadmap", "item"]);
/** Types whose every field, asked signed out, depends only on roadmap rows and their content. */
const CONTENT_TYPES = new Set(["Roadmap", "Section", "Item", "Resource", "Completion", "ProgressBucket"]);

interface TypeShape {
  name: string;
  ofType?: TypeShape | null;
  getFields?: () => Record<string, { type: TypeShape }>;
}

function namedTypeName(type: TypeShape): string {
  let current = type;
  while (current.ofType) current = current.ofType;
  return current.name;
}

/** Whether a signed-out answer to this operation may be cached whole. */
export function readsOnlyRoadmapContent(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation?: OperationDefinitionNode | null,
): boolean {
  const queryTypeName = schema.getQueryType()?.name;
  return queryReadsOnly(schema, document, operation, (parentName, name) =>
    parentName === queryTypeName ? CONTENT_ROOT_FIELDS.has(name) : CONTENT_TYPES.has(parentName),
  );
}

/**
 * Whether every operation chosen is a query whose every field (through fragments
 * and inline fragments, `__typename` and introspection aside) passes `allowed`,
 * asked with the name of the type it is selected on.
 */
export function queryReadsOnly(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode | null | undefined,
  allowed: (parentName: string, fieldName: string) => boolean,
): boolean {
  const queryTypeName = schema.getQueryType()?.name;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === "FragmentDefinition") fragments.set(definition.name.value, definition);
  const spreading = new Set<string>();

  const contentOnly = (selectionSet: SelectionSetNode, parentName: string): boolean =>
    selectionSet.selections.every((selection) => {
      if (selection.kind === "InlineFragment")
        return contentOnly(selection.selectionSet, selection.typeCondition?.name.value ?? parentName);
      if (selection.kind === "FragmentSpread") {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || spreading.has(fragment.name.value)) return false;
        spreading.add(fragment.name.value);
        const answer = contentOnly(fragment.selectionSet, fragment.typeCondition.name.value);
        spreading.delete(fragment.name.value);
        return answer;
      }
      const name = selection.name.value;
      // __typename, and introspection (the schema is part of the cache key).
      if (name.startsWith("__")) return true;
      if (!allowed(parentName, name)) return false;
      if (!selection.selectionSet) return true;
      const parent = schema.getType(parentName) as TypeShape | undefined;
      const field = parent?.getFields?.()[name];
      return field !== undefined && contentOnly(selection.selectionSet, namedTypeName(field.type));
    });

  const operations = operation
    ? [operation]
    : document.definitions.filter((definition) => definition.kind === "OperationDefinition");
  return (
    queryTypeName !== undefined &&
    operations.every(
      (definition) => definition.operation === "query" && contentOnly(definition.selectionSet, queryTypeName),
    )
  );
}

/** The fields a cached signed-in answer may hold: content, and the viewer's values (viewer-values.ts). */
const SIGNED_IN_FIELDS: Record<string, ReadonlySet<string>> = {
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

/** Whether a signed-in answer to this operation may be cached as a template. */
export function readsOnlyContentAndViewerValues(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode | null | undefined,
): boolean {
  return queryReadsOnly(
    schema,
    document,
    operation,
    (parentName, name) => SIGNED_IN_FIELDS[parentName]?.has(name) ?? false,
  );
}
