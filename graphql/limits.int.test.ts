import { describe, expect, it } from "vitest";
import { errorCodes, execute } from "../e2e/support/graphql-operations";
import { GRAPHQL_LIMITS } from "./limits";

function nestedChildren(depth: number): string {
  let selection = "id";
  for (let level = 0; level < depth; level += 1) selection = `id children { ${selection} }`;
  return `{ roadmap(slug: "backend") { sections { items { ${selection} } } } }`;
}

describe("abusive documents are rejected before they run", () => {
  it("limits depth", async () => {
    const result = await execute(nestedChildren(GRAPHQL_LIMITS.maxDepth));
    expect(new Set(errorCodes(result))).toEqual(new Set(["GRAPHQL_VALIDATION_FAILED"]));
    expect(result.errors!.map((error) => error.message).join(" ")).toMatch(/depth limit of 12 exceeded/i);
    expect(result.data).toBeUndefined();
  });

  it("limits aliases", async () => {
    const aliases = Array.from({ length: GRAPHQL_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: roadmaps { slug }`).join(
      " ",
    );
    const result = await execute(`{ ${aliases} }`);
    expect(errorCodes(result)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(result.errors![0]!.message).toMatch(/aliases/i);
  });

  it("counts every alias, __typename and aliases inside fragments included", async () => {
    const typenames = (count: number) => Array.from({ length: count }, (_, i) => `t${i}: __typename`).join(" ");
    const flat = await execute(`{ ${typenames(GRAPHQL_LIMITS.maxAliases + 1)} }`);
    expect(errorCodes(flat)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(flat.errors![0]!.message).toMatch(/Aliases limit of 15 exceeded, found 16/);

    // Eight aliases in a fragment spread twice, once through an inline fragment: 16.
    const fragments = await execute(
      `{ ...Eight ... on Query { ...Eight } } fragment Eight on Query { r: roadmaps { slug } ${typenames(7)} }`,
    );
    expect(fragments.errors?.map((error) => error.message).join(" ")).toMatch(/Aliases limit of 15 exceeded, found 16/);

    expect(await execute(`{ ${typenames(GRAPHQL_LIMITS.maxAliases)} }`)).toMatchObject({ data: { t0: "Query" } });
  });

  it("rejects fragment cycles without looping", async () => {
    const result = await execute(`{ ...A } fragment A on Query { a: __typename ...B } fragment B on Query { ...A }`);
    expect(new Set(errorCodes(result))).toEqual(new Set(["GRAPHQL_VALIDATION_FAILED"]));
    expect(result.errors!.map((error) => error.message).join(" ")).toMatch(/Cannot spread fragment "A" within itself/);
  });

  it("limits tokens", async () => {
    const fields = Array.from({ length: GRAPHQL_LIMITS.maxTokens }, () => "slug").join(" ");
    const result = await execute(`{ roadmaps { ${fields} } }`);
    expect(errorCodes(result)).toEqual(["GRAPHQL_PARSE_FAILED"]);
    expect(result.errors![0]!.message).toMatch(/token/i);
  });

  it("limits cost", async () => {
    const heavy = `sections { items { resources { url title kind } children { resources { url title kind } children { id title status } } } }`;
    const aliases = Array.from(
      { length: GRAPHQL_LIMITS.maxAliases },
      (_, i) => `r${i}: roadmap(slug: "backend") { ${heavy} }`,
    ).join(" ");
    const result = await execute(`{ ${aliases} }`);
    expect(errorCodes(result)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(result.errors![0]!.message).toMatch(/cost/i);
  });

  it("lets ordinary documents through", async () => {
    const result = await execute(nestedChildren(3));
    expect(result.errors).toBeUndefined();
  });
});
