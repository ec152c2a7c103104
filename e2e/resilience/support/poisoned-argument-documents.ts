import {
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import { ROUTES } from "./waymark-schema";

/** One document with an unstorable string in exactly one place. */
export interface PoisonedDocument {
  /** For example `Mutation.setItemNote(input.note) as a variable`. */
  place: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Whether the poisoned value sits in a String/ID (checked as text) or an enum (checked as a name). */
  leaf: "text" | "enum";
  form: "literal" | "variable";
}

type Path = (string | number)[];

/** Paths to every String, ID and enum value inside a value of this type (one entry of each list). */
function leavesOf(type: GraphQLInputType, path: Path): { path: Path; leaf: "text" | "enum" }[] {
  if (isNonNullType(type)) return leavesOf(type.ofType, path);
  if (isListType(type)) return leavesOf(type.ofType, [...path, 0]);
  if (isInputObjectType(type)) {
    return Object.values(type.getFields()).flatMap((field) => leavesOf(field.type, [...path, field.name]));
  }
  if (isEnumType(type)) return [{ path, leaf: "enum" }];
  if (isScalarType(type) && (type.name === "String" || type.name === "ID")) return [{ path, leaf: "text" }];
  return [];
}

/** A harmless value of the type, with `poison` at `path` (relative to this value). */
function valueOf(type: GraphQLInputType, path: Path | null, poison: string): unknown {
  if (path && path.length === 0) return poison;
  if (isNonNullType(type)) return valueOf(type.ofType, path, poison);
  if (isListType(type)) return [valueOf(type.ofType, path ? path.slice(1) : null, poison)];
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields()).map((field) => [
        field.name,
        valueOf(field.type, path && path[0] === field.name ? path.slice(1) : null, poison),
      ]),
    );
  }
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isScalarType(type)) {
    if (type.name === "Int" || type.name === "Float") return 1;
    if (type.name === "Boolean") return true;
    return "x";
  }
  throw new Error(`no placeholder for ${String(type)}`);
}

/**
 * A GraphQL literal of the value. Strings go through JSON.stringify, whose
 * escapes (\u0000, \ud800) are GraphQL escapes too; an enum value that is not
 * one of the enum's names becomes a string literal, which validation refuses.
 */
function literalOf(value: unknown, type: GraphQLInputType): string {
  if (isNonNullType(type)) return literalOf(value, type.ofType);
  if (isListType(type)) return `[${(value as unknown[]).map((entry) => literalOf(entry, type.ofType)).join(", ")}]`;
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    return `{ ${Object.entries(value as Record<string, unknown>)
      .map(([name, entry]) => `${name}: ${literalOf(entry, fields[name]!.type)}`)
      .join(", ")} }`;
  }
  if (isEnumType(type)) return type.getValue(String(value)) ? String(value) : JSON.stringify(value);
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

/**
 * Every place a client can put a string into an operation (each argument, input
 * field and list entry of String, ID or enum type, on every field of every type),
 * once as a literal in the document and once as a variable, carrying `poison`.
 * Throws when an argument sits on a type with no known route (see ROUTES), so
 * a new argument cannot go unprobed.
 */
export function poisonedArgumentDocuments(schema: GraphQLSchema, poison: string): PoisonedDocument[] {
  const documents: PoisonedDocument[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const route = ROUTES[type.name];
      if (!route) throw new Error(`${type.name}.${field.name} has arguments but no route in ROUTES`);
      // Objects, interfaces (Query.node) and unions all need a selection.
      const selection = isCompositeType(getNamedType(field.type)) ? " { __typename }" : "";
      for (const arg of field.args) {
        for (const { path, leaf } of leavesOf(arg.type, [])) {
          const place = `${type.name}.${field.name}(${[arg.name, ...path].join(".")})`;
          const argValues = (poisoned: GraphQLArgument) =>
            field.args.map((other) => ({
              other,
              value: valueOf(other.type, other === poisoned ? path : null, poison),
            }));
          const literals = argValues(arg)
            .map(({ other, value }) => `${other.name}: ${literalOf(value, other.type)}`)
            .join(", ");
          documents.push({
            place: `${place} as a literal`,
            query: `${route.operation} { ${route.wrap(`${field.name}(${literals})${selection}`)} }`,
            leaf,
            form: "literal",
          });
          const declared = field.args.map((other) => `$${other.name}: ${String(other.type)}`).join(", ");
          const passed = field.args.map((other) => `${other.name}: $${other.name}`).join(", ");
          documents.push({
            place: `${place} as a variable`,
            query: `${route.operation} Poisoned(${declared}) { ${route.wrap(`${field.name}(${passed})${selection}`)} }`,
            variables: Object.fromEntries(argValues(arg).map(({ other, value }) => [other.name, value])),
            leaf,
            form: "variable",
          });
        }
      }
    }
  }
  return documents;
}
