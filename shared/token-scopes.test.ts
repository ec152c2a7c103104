import { buildASTSchema, parse, type GraphQLEnumType } from "graphql";
import { describe, expect, it } from "vitest";
import { typeDefs } from "@/graphql/schema";
import { TokenScope } from "../server/db/generated/enums";
import { TOKEN_SCOPES } from "./token-scopes";

describe("TOKEN_SCOPES", () => {
  it("offers every scope the API has, each explained", () => {
    const schema = buildASTSchema(parse(typeDefs.join("\n")));
    const apiScopes = (schema.getType("TokenScope") as GraphQLEnumType).getValues().map((value) => value.name);
    expect(TOKEN_SCOPES.map((entry) => entry.scope)).toEqual(apiScopes);
    expect(TOKEN_SCOPES.map((entry) => entry.scope)).toEqual(Object.values(TokenScope));
    for (const entry of TOKEN_SCOPES) {
      expect(entry.label.length, entry.scope).toBeGreaterThan(0);
      expect(entry.explanation.length, entry.scope).toBeGreaterThan(20);
    }
  });
});
