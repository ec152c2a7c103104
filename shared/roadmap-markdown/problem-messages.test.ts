import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { testTranslator } from "@/shared/i18n/test-translator";
import { PROBLEM_MESSAGES, type ProblemCode } from "./problem-messages";
import { problemText } from "./problem-text";

/*
 * A problem has one English wording: the sentence the API sends (problem-messages.ts)
 * and the interface's English catalogue (messages/en.json, RoadmapProblems) say the
 * same, for values of every shape: small and large numbers, quotes, markup.
 */

const SAMPLES: Record<string, (string | number)[]> = {
  number: [1, 40, 4000, 2_100_000],
  text: ["a-key", 'say "hi" {not ICU} <b>', "dos palabras", "…"],
};

function valuesFor(code: ProblemCode, round: number): Record<string, string | number> {
  // The argument names each sentence takes, read from its source: `{ limit, found }`.
  const names = /^\(\{ ([^}]+) \}/.exec(PROBLEM_MESSAGES[code].toString())?.[1]?.split(", ") ?? [];
  expect(names.length > 0, `${code}'s argument names`).toBe(PROBLEM_MESSAGES[code].length > 0);
  const numeric = new Set(["limit", "found", "line", "to", "section", "original", "translation"]);
  return Object.fromEntries(
    names.map((name) => {
      const pool = numeric.has(name) ? SAMPLES.number! : SAMPLES.text!;
      return [name, pool[round % pool.length]!];
    }),
  );
}

describe("roadmap problems", () => {
  const t = testTranslator("en", "RoadmapProblems");
  const codes = Object.keys(PROBLEM_MESSAGES) as ProblemCode[];

  it("has an English catalogue entry for every code, and no other", () => {
    expect(Object.keys(en.RoadmapProblems).sort()).toEqual([...codes].sort());
  });

  it.each(codes)("%s: the catalogue's English is the API's sentence", (code) => {
    for (let round = 0; round < 4; round += 1) {
      const values = valuesFor(code, round);
      const sentence = (PROBLEM_MESSAGES[code] as (values: Record<string, string | number>) => string)(values);
      expect(problemText(t, { line: 1, message: "", code, values })).toBe(sentence);
    }
  });

  it("translates by code, and keeps the server's sentence for a code it does not know", () => {
    const de = testTranslator("de", "RoadmapProblems");
    const problem = { line: 3, message: "this line has no text", code: "noText", values: {} };
    expect(problemText(de, problem)).toBe(de("noText"));
    expect(problemText(de, { ...problem, code: "fromANewerServer" })).toBe("this line has no text");
    expect(problemText(de, { line: 3, message: "no code" })).toBe("no code");
  });
});
