import { buildSchema, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { readsOnlyRoadmapContent } from "./cacheable-operation";
import { typeDefs } from "../schema";

const schema = buildSchema(typeDefs.join("\n"));
const contentOnly = (document: string) => readsOnlyRoadmapContent(schema, parse(document));

describe("which signed-out answers may be cached", () => {
  it("accepts roadmap content, fragments, __typename and introspection", () => {
    expect(contentOnly(`{ roadmaps { slug title sections { title items { id title resources { url } } } } }`)).toBe(
      true,
    );
    expect(
      contentOnly(
        `query Q($slug: String!) { roadmap(slug: $slug) { ...R } } fragment R on Roadmap { __typename id itemCount }`,
      ),
    ).toBe(true);
    expect(contentOnly(`{ item(id: "x") { title children { title } } }`)).toBe(true);
    expect(contentOnly(`{ __schema { types { name } } }`)).toBe(true);
  });

  it("refuses anything that reads more than the content, wherever it hides", () => {
    expect(contentOnly(`{ viewer { login } }`)).toBe(false);
    expect(contentOnly(`{ roadmaps { title } viewer { login } }`)).toBe(false);
    expect(contentOnly(`{ roadmaps { title } ...V } fragment V on Query { viewer { login } }`)).toBe(false);
    expect(contentOnly(`{ roadmaps { title ... on Roadmap { slug } } a: viewer { role } }`)).toBe(false);
    expect(contentOnly(`mutation { revokeApiToken(input: { id: "x" }) }`)).toBe(false);
  });

  it("refuses a field the list does not name, so new root fields start uncached", () => {
    const wider = buildSchema(`${typeDefs.join("\n")}\n extend type Query { somethingNew: String }`);
    expect(readsOnlyRoadmapContent(wider, parse(`{ somethingNew }`))).toBe(false);
  });
});
