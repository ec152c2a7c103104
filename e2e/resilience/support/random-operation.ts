import fc from "fast-check";
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  parse,
  validate,
} from "graphql";
import { anyJson, inputValue, type Draw, type FuzzFixtures } from "./random-values";

export const CALLERS = [
  "signed-out",
  "session",
  "token-read",
  "token-write",
  "token-both",
  "token-revoked",
  "token-bogus",
] as const;
export type CallerName = (typeof CALLERS)[number];

/** One generated request: who sends it, the document, its variables and the operation name sent. */
export interface FuzzCase {
  caller: CallerName;
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
}

/** A GraphQL literal of a JSON value (strings through JSON.stringify, whose escapes GraphQL shares). */
function literalOf(value: unknown, type: GraphQLInputType | null): string {
  if (value === null || value === undefined) return "null";
  const named = type && isNonNullType(type) ? type.ofType : type;
  if (Array.isArray(value)) {
    const element = named && isListType(named) ? named.ofType : null;
    return `[${value.map((entry) => literalOf(entry, element)).join(", ")}]`;
  }
  if (typeof value === "object") {
    const fields = named && isInputObjectType(named) ? named.getFields() : {};
    const entries = Object.entries(value as Record<string, unknown>).filter(([key]) =>
      /^[_A-Za-z][_0-9A-Za-z]*$/.test(key),
    );
    return `{ ${entries.map(([key, entry]) => `${key}: ${literalOf(entry, fields[key]?.type ?? null)}`).join(", ")} }`;
  }
  if (typeof value === "string" && named && isEnumType(named) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "null";
  return JSON.stringify(value);
}

/** Type names to declare a variable with when it is deliberately declared wrong. */
const WRONG_TYPES = ["Int", "String!", "[ID!]!", "Boolean", "ItemStatus!", "NoSuchType", "SetItemStatusInput"];

class DocumentBuilder {
  private variableDefinitions: string[] = [];
  private fragments: string[] = [];
  readonly variables: Record<string, unknown> = {};
  private aliasesLeft: number;
  private fragmentCount = 0;

  constructor(
    private readonly draw: Draw,
    private readonly schema: GraphQLSchema,
    private readonly fixtures: FuzzFixtures,
    /** Half the documents carry deliberate mistakes; the others are valid, so resolvers run too. */
    private readonly dirty: boolean,
  ) {
    // Within the limit of 15 when clean, sometimes past it when dirty.
    this.aliasesLeft = draw(fc.integer, { min: 0, max: dirty ? 17 : 12 });
  }

  private chance(percent: number): boolean {
    return this.draw(fc.integer, { min: 0, max: 99 }) < percent;
  }

  /** A deliberate mistake, only in dirty documents. */
  private mistake(percent: number): boolean {
    return this.dirty && this.chance(percent);
  }

  private value(type: GraphQLInputType, name: string): unknown {
    return inputValue(this.draw, type, name, this.fixtures, this.dirty);
  }

  private argument(name: string, type: GraphQLInputType): string | null {
    if (this.mistake(3)) return null; // missing, required or not
    if (this.chance(45)) return `${name}: ${literalOf(this.value(type, name), type)}`;
    const variable = `v${this.variableDefinitions.length}`;
    const declared = this.mistake(5) ? this.draw(fc.constantFrom, ...WRONG_TYPES) : String(type);
    this.variableDefinitions.push(`$${variable}: ${declared}`);
    // Left out now and then: a non-null variable without a value.
    if (!this.mistake(5))
      this.variables[variable] = this.mistake(4) ? this.draw(() => anyJson) : this.value(type, name);
    return `${name}: $${variable}`;
  }

  private field(field: GraphQLField<unknown, unknown>, depthLeft: number): string {
    const alias = this.aliasesLeft > 0 && this.chance(20) ? `a${this.aliasesLeft--}: ` : "";
    const args = field.args.map((arg) => this.argument(arg.name, arg.type)).filter((arg) => arg !== null);
    if (this.mistake(2)) args.push(`bogus: ${this.draw(fc.constantFrom, "1", '"x"', "null", "[]")}`);
    const named = getNamedType(field.type);
    let selection = "";
    if (isObjectType(named)) {
      // Sometimes no selection at all on an object field (invalid).
      if (!this.mistake(2))
        selection = ` ${depthLeft > 0 ? this.selectionSet(named, depthLeft - 1) : "{ __typename }"}`;
    } else if (this.mistake(2)) {
      selection = " { id }"; // a selection on a scalar (invalid)
    }
    return `${alias}${field.name}${args.length > 0 ? `(${args.join(", ")})` : ""}${selection}`;
  }

  selectionSet(type: GraphQLObjectType, depthLeft: number): string {
    const fields = Object.values(type.getFields());
    const count = this.draw(fc.integer, { min: 1, max: 3 });
    const selections: string[] = [];
    for (let index = 0; index < count; index += 1) {
      const roll = this.draw(fc.integer, { min: 0, max: 99 });
      if (roll < 3 && this.dirty)
        selections.push(this.draw(fc.constantFrom, "nope", "password", "__schema { types { name } }", "user"));
      else if (roll < 8) selections.push(this.aliasesLeft-- > 0 ? `t${this.aliasesLeft}: __typename` : "__typename");
      else if (roll < 14) selections.push(`... on ${type.name} ${this.selectionSet(type, Math.max(0, depthLeft - 1))}`);
      else if (roll < 18) {
        const name = `F${this.fragmentCount++}`;
        this.fragments.push(`fragment ${name} on ${type.name} ${this.selectionSet(type, Math.max(0, depthLeft - 1))}`);
        selections.push(`...${name}`);
      } else {
        const field = fields[this.draw(fc.integer, { min: 0, max: fields.length - 1 })]!;
        selections.push(this.field(field, depthLeft));
      }
    }
    return `{ ${selections.join(" ")} }`;
  }

  document(kind: "query" | "mutation", name: string, selection: string): string {
    const variables = this.variableDefinitions.length > 0 ? `(${this.variableDefinitions.join(", ")})` : "";
    return [`${kind} ${name}${variables} ${selection}`, ...this.fragments].join("\n");
  }
}

function isValid(schema: GraphQLSchema, query: string): boolean {
  try {
    return validate(schema, parse(query)).length === 0;
  } catch {
    return false;
  }
}

/**
 * Random operations over the whole schema: queries and mutations, every field
 * and argument reachable, arguments of the right and the wrong type, as
 * literals and variables, nulls for non-null, missing required arguments,
 * unknown fields and arguments, aliases, inline and named fragments, and a
 * caller for each. Most documents are valid; many are deliberately not.
 */
export function randomOperation(schema: GraphQLSchema, fixtures: FuzzFixtures): fc.Arbitrary<FuzzCase> {
  return fc.gen().map((draw) => {
    const dirty = draw(fc.boolean);
    let builder: DocumentBuilder;
    let query: string;
    // A clean document can still break a rule by chance (two fields under one
    // name with different arguments, say): draw again, a few times, to keep
    // the share that reaches resolvers high.
    for (let attempt = 0; ; attempt += 1) {
      builder = new DocumentBuilder(draw, schema, fixtures, dirty);
      const kind = draw(fc.integer, { min: 0, max: 99 }) < 30 ? "mutation" : "query";
      const root = kind === "mutation" ? schema.getMutationType()! : schema.getQueryType()!;
      query = builder.document(kind, "Fuzz", builder.selectionSet(root, draw(fc.integer, { min: 0, max: 4 })));
      if (dirty || attempt === 4 || isValid(schema, query)) break;
    }
    const operationName = dirty ? draw(fc.constantFrom, "Fuzz", "Fuzz", undefined, "Other") : "Fuzz";
    return { caller: draw(fc.constantFrom, ...CALLERS), query, variables: builder!.variables, operationName };
  });
}
