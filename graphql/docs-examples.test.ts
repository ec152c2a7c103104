import { readFileSync } from "node:fs";
import { buildSchema, parse, validate, type DocumentNode } from "graphql";
import { describe, expect, it } from "vitest";
import { typeDefs } from "./schema";

/*
 * Every GraphQL example in the API reference runs against the schema as it is:
 * a renamed field or argument fails here, not in a reader's playground. Each
 * operation of a block is checked alone (a block shows several anonymous ones).
 */
const schema = buildSchema(typeDefs.join("\n"));
const reference = readFileSync(new URL("../docs/api.md", import.meta.url), "utf8");
const blocks = [...reference.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);

function operationsOf(block: string): DocumentNode[] {
  const document = parse(block);
  const fragments = document.definitions.filter((definition) => definition.kind === "FragmentDefinition");
  return document.definitions
    .filter((definition) => definition.kind === "OperationDefinition")
    .map((operation) => ({ ...document, definitions: [operation, ...fragments] }));
}

describe("the API reference's examples", () => {
  it("has examples to check", () => {
    expect(blocks.length).toBeGreaterThan(5);
  });

  it.each(blocks.map((block, index) => [index + 1, block] as const))(
    "block %i is valid against the schema",
    (_, block) => {
      const problems = operationsOf(block).flatMap((operation) =>
        validate(schema, operation).map((error) => `${error.message} in:\n${block.slice(0, 200)}`),
      );
      expect(problems).toEqual([]);
    },
  );
});
