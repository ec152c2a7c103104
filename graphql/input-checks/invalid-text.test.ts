import { parse, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { findInvalidTextInLiterals } from "./find-invalid-text-in-literals";
import { findInvalidTextInVariables } from "./find-invalid-text-in-variables";
import { textProblem } from "./text-problem";

const NUL = "Text may not contain NUL characters";
const SURROGATE = "Text must be valid Unicode, without unpaired surrogates such as \\uD800";

function operation(source: string): OperationDefinitionNode {
  return parse(source).definitions[0] as OperationDefinitionNode;
}

describe("textProblem", () => {
  it("refuses NUL and unpaired surrogates, accepts everything else", () => {
    expect(textProblem("a\u0000b")).toBe(NUL);
    expect(textProblem("\uD800")).toBe(SURROGATE);
    expect(textProblem("x\uDC00")).toBe(SURROGATE);
    expect(textProblem("\uDE00\uD83D")).toBe(SURROGATE);
    expect(textProblem("an emoji 😀, é, \u0001 and \uFFFF")).toBeUndefined();
    expect(textProblem("")).toBeUndefined();
  });
});

describe("findInvalidTextInVariables", () => {
  const mutation = operation("mutation($input: SomeInput!, $id: ID) { noop }");

  it("names the variable and the path inside it", () => {
    expect(findInvalidTextInVariables(mutation, { id: "a\u0000" })).toEqual({ place: "variable `$id`", problem: NUL });
    expect(
      findInvalidTextInVariables(mutation, { input: { entries: [{ itemId: "ok" }, { itemId: "\uD800" }] } }),
    ).toEqual({ place: "variable `$input.entries[1].itemId`", problem: SURROGATE });
  });

  it("ignores variables the operation does not declare, and non-text values", () => {
    expect(findInvalidTextInVariables(mutation, { other: "a\u0000" })).toBeUndefined();
    expect(findInvalidTextInVariables(mutation, { input: { n: 1, b: true, z: null, list: [[], {}] } })).toBeUndefined();
    expect(findInvalidTextInVariables(mutation, undefined)).toBeUndefined();
  });

  it("walks nesting deeper than the call stack without overflowing it", () => {
    let deep: unknown = "a\u0000";
    for (let level = 0; level < 200_000; level += 1) deep = [deep];
    expect(findInvalidTextInVariables(mutation, { id: deep })?.problem).toBe(NUL);
  });
});

describe("findInvalidTextInLiterals", () => {
  it("names the argument and the path inside it", () => {
    expect(findInvalidTextInLiterals(parse('{ item(id: "a\\u0000b") { id } }'))).toEqual({
      place: "argument `id`",
      problem: NUL,
    });
    const nested = parse('mutation { merge(input: { entries: [{ itemId: "ok" }, { itemId: "x\\u0000" }] }) }');
    expect(findInvalidTextInLiterals(nested)?.place).toBe("argument `input.entries[1].itemId`");
  });

  it("checks variables' default values and directives' arguments, in fragments too", () => {
    expect(findInvalidTextInLiterals(parse('query($slug: String = "\\u0000") { a }'))?.place).toBe(
      "default value of `$slug`",
    );
    expect(findInvalidTextInLiterals(parse('query($s: String @tag(name: "\\u0000")) { a }'))?.place).toBe(
      "argument `name`",
    );
    expect(findInvalidTextInLiterals(parse('{ ...F } fragment F on Query { a(b: "\\u0000") }'))?.place).toBe(
      "argument `b`",
    );
  });

  it("accepts ordinary literals", () => {
    expect(findInvalidTextInLiterals(parse('{ roadmap(slug: "backend 😀") { id } }'))).toBeUndefined();
  });

  it("gives a document asked again (Apollo's stored one) the same answer, refusal or not", () => {
    const refused = parse('{ item(id: "a\\u0000b") { id } }');
    const accepted = parse('{ item(id: "ab") { id } }');
    for (let time = 0; time < 2; time += 1) {
      expect(findInvalidTextInLiterals(refused)).toEqual({ place: "argument `id`", problem: NUL });
      expect(findInvalidTextInLiterals(accepted)).toBeUndefined();
    }
  });
});
