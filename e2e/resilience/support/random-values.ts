import fc from "fast-check";
import { isEnumType, isInputObjectType, isListType, isNonNullType, type GraphQLInputType } from "graphql";

/** Real ids and names from the server under test, so some generated arguments hit real rows. */
export interface FuzzFixtures {
  itemIds: string[];
  roadmapIds: string[];
  /** Tokens of a learner the fuzzer never calls as, for revokeApiToken to aim at. */
  tokenIds: string[];
}

export type Draw = fc.GeneratorValue;

/** Text that breaks naive servers: empty, NUL, lone surrogates, control characters, emoji, very long. */
const nastyStrings = fc.constantFrom(
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\uD800",
  "\uDFFFa",
  "\u200B\u202E",
  "🎉".repeat(50),
  '\'; DROP TABLE "Note"; --',
  "<script>alert(1)</script>",
  "%00%s%n",
  "x".repeat(20_000),
  "é".repeat(100_001),
  "../../etc/passwd",
);

export const anyString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ maxLength: 40 }), weight: 4 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 3 },
  { arbitrary: fc.string({ unit: "grapheme", minLength: 100, maxLength: 3000 }), weight: 1 },
  { arbitrary: nastyStrings, weight: 3 },
);

/** Numbers at and past every edge: 32-bit overflow, unsafe integers, NaN (JSON null), infinities, -0. */
export const anyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -5, max: 400 }),
  fc.integer(),
  fc.constantFrom(2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER + 2, 1e30, -1e308, 0.5, -0, 3660, 3661, 101),
  fc.double(),
);

/** Any JSON value, for variables of the wrong shape. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  anyString,
  anyNumber,
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(anyString, anyNumber), { maxLength: 4 }),
  fc.dictionary(fc.constantFrom("itemId", "status", "note", "x", "__proto__"), fc.oneof(anyString, anyNumber), {
    maxKeys: 3,
  }),
);

const TIME_ZONES = ["UTC", "Europe/Paris", "Pacific/Kiritimati", "America/St_Johns", "Not/AZone", "+99:00"];

/** A plausible value for a named scalar, mixing real ids with junk. */
function scalarValue(draw: Draw, name: string, hint: string, fixtures: FuzzFixtures): unknown {
  if (name === "Int" || name === "Float") return draw(() => anyNumber);
  if (name === "Boolean") return draw(fc.boolean);
  if (name === "ID" || /id$/i.test(hint)) {
    return draw(() =>
      fc.oneof(
        fc.constantFrom(...fixtures.itemIds),
        fc.constantFrom(...fixtures.roadmapIds),
        fc.constantFrom(...fixtures.tokenIds),
        anyString,
      ),
    );
  }
  if (hint === "slug")
    return draw(() => fc.oneof(fc.constantFrom("backend", "frontend", "BACKEND", "back end"), anyString));
  if (hint === "timeZone") return draw(() => fc.oneof(fc.constantFrom(...TIME_ZONES), anyString));
  if (hint === "targetDate") {
    return draw(() =>
      fc.oneof(
        fc
          .date({ min: new Date("1999-01-01"), max: new Date("2300-01-01"), noInvalidDate: true })
          .map((date) => date.toISOString().slice(0, 10)),
        fc.constantFrom("2026-13-45", "2027-02-29", "2028-02-29", "0000-00-00", "99999-01-01", "tomorrow"),
        anyString,
      ),
    );
  }
  if (hint === "login") {
    return draw(() => fc.oneof(fc.constantFrom("fuzzer", "octocat", "-x-", "a".repeat(64), "a".repeat(65)), anyString));
  }
  if (hint === "updatedAt") {
    return draw(() =>
      fc.oneof(
        fc
          .date({ min: new Date("1970-01-01"), max: new Date("2100-01-01"), noInvalidDate: true })
          .map((date) => date.toISOString()),
        fc.constantFrom("2026-13-45", "0", "yesterday", "275760-09-13T00:00:00.001Z"),
        anyString,
      ),
    );
  }
  return draw(() => anyString);
}

/**
 * A value for an input type: mostly well-formed (real ids, valid enum names,
 * the required fields); with `mistakes`, a share of wrong types, nulls and
 * missing fields at every level. `hint` is the argument or field name the value is for.
 */
export function inputValue(
  draw: Draw,
  type: GraphQLInputType,
  hint: string,
  fixtures: FuzzFixtures,
  mistakes: boolean,
): unknown {
  if (mistakes) {
    const roll = draw(fc.integer, { min: 0, max: 99 });
    if (roll < 3) return draw(() => anyJson);
    if (roll < 5) return null;
  }
  if (isNonNullType(type)) return inputValue(draw, type.ofType, hint, fixtures, mistakes);
  if (isListType(type)) {
    const length = draw(fc.integer, { min: 0, max: 3 });
    return Array.from({ length }, () => inputValue(draw, type.ofType, hint, fixtures, mistakes));
  }
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      // Required fields are left out now and then, optional ones often.
      const skip = draw(fc.integer, { min: 0, max: 99 }) < (isNonNullType(field.type) ? (mistakes ? 4 : 0) : 30);
      if (!skip) value[field.name] = inputValue(draw, field.type, field.name, fixtures, mistakes);
    }
    if (mistakes && draw(fc.integer, { min: 0, max: 99 }) < 4)
      value[draw(fc.constantFrom, "unknownField", "id", "userId")] = "x";
    return value;
  }
  if (isEnumType(type)) {
    return draw(() =>
      fc.oneof(
        { arbitrary: fc.constantFrom(...type.getValues().map((value) => value.name)), weight: 8 },
        { arbitrary: fc.constantFrom("ADMIN", "done", "FINISHED", ""), weight: 1 },
      ),
    );
  }
  return scalarValue(draw, type.name, hint, fixtures);
}
