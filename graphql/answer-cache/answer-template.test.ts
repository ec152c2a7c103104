import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { StoredNote } from "@/server/services/notes/stored-notes";
import type { ItemStates } from "@/server/services/progress/load-item-states";
import type { ItemProgress } from "@/server/services/progress/load-progress";
import { answerText } from "./answer-text";
import { answerTemplate, fillAnswerTemplate } from "./answer-template";
import type { ReadsStamp } from "./roadmap-reads";
import type { RecordedValue } from "./viewer-values";

const READS: ReadsStamp = { slugs: [], ids: [], builtIns: null };

const NO_STATES: ItemStates = { progress: new Map(), notes: new Map(), skillSources: new Map(), skillNotes: new Map() };

/** Every leaf of an answer (a field of an object, not a list entry), with its path. */
function leaves(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; value: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((entry, index) => leaves(entry, [...path, index]));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, entry]) =>
      entry && typeof entry === "object" ? leaves(entry, [...path, key]) : [{ path: [...path, key], value: entry }],
    );
  return [];
}

const scalar = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.constantFrom("\u0000", '"\\u0000"', "\u0000ab:0\u0000", '\\"', "\u2028\u2029", "é", "😀", "\ud800"),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);
const answer = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: "small" },
    scalar,
    fc.array(tie("node"), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 6 }), tie("node"), { maxKeys: 5 }),
  ),
})).node;

describe("answer templates", () => {
  it("give back the very answer when each gap is filled with the value it replaced", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ maxLength: 6 }), answer, { minKeys: 1, maxKeys: 4 }),
        fc.array(fc.nat(), { maxLength: 20 }),
        (data, picks) => {
          const all = leaves(data).filter((leaf) => leaf.value === null || typeof leaf.value !== "boolean");
          const chosen = [...new Set(picks.map((pick) => all[pick % Math.max(1, all.length)]).filter(Boolean))];
          const values: RecordedValue[] = chosen.map((leaf) => ({
            path: leaf!.path,
            fill: () => leaf!.value as string | number | null,
          }));
          const result = { data };
          const template = answerTemplate(result, values, [], READS);
          expect(template).not.toBeNull();
          expect(template!.fills).toHaveLength(values.length);
          expect(fillAnswerTemplate(template!, NO_STATES).toString()).toBe(answerText(result));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("compute again only the gaps and the values of items with states, and give what computing every value gives", () => {
    const ITEMS = ["a", "b", "c", "d"];
    const stateOf = (states: ItemStates, item: string) =>
      states.notes.get(item)?.body ?? states.progress.get("r")?.get(item)?.status ?? null;
    // Several requests in turn on one template, often with the same states again: a
    // filling that reuses the last one's bytes must give what computing everything gives.
    const request = fc.tuple(
      fc.subarray(ITEMS),
      fc.subarray(ITEMS),
      fc.oneof(fc.constantFrom("", "x"), fc.string({ unit: "binary", maxLength: 8 })),
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ maxLength: 6 }), answer, { minKeys: 1, maxKeys: 4 }),
        fc.array(fc.tuple(fc.nat(), fc.option(fc.constantFrom(...ITEMS))), { maxLength: 20 }),
        fc.array(request, { minLength: 1, maxLength: 5 }),
        (data, picks, requests) => {
          const all = leaves(data).filter((leaf) => leaf.value === null || typeof leaf.value !== "boolean");
          const chosen = new Map<string, { path: (string | number)[]; item: string | null }>();
          for (const [pick, item] of picks) {
            const leaf = all[pick % Math.max(1, all.length)];
            if (leaf) chosen.set(JSON.stringify(leaf.path), { path: leaf.path, item });
          }
          const values: RecordedValue[] = [...chosen.values()].map(({ path, item }) =>
            item === null
              ? { path, fill: (states) => states.notes.size * 10 + (states.progress.get("r")?.size ?? 0) }
              : { path, item, fill: (states) => stateOf(states, item) },
          );
          const template = answerTemplate({ data }, values, ["r"], READS);
          expect(template).not.toBeNull();
          for (const [withNotes, withProgress, noteBody] of [...requests, ...requests]) {
            const states: ItemStates = {
              skillSources: new Map(),
              skillNotes: new Map(),
              notes: new Map(withNotes.map((item) => [item, { body: `${noteBody}${item}` } as StoredNote])),
              progress: new Map([
                ["r", new Map(withProgress.map((item) => [item, { status: "DONE" } as ItemProgress]))],
              ]),
            };
            // Every value computed, the slow way: the answer with each value set, written out.
            const expected = structuredClone(data) as Record<string, unknown>;
            for (const value of values) {
              let holder = expected as Record<string | number, unknown>;
              for (const key of value.path.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>;
              holder[value.path.at(-1)!] = value.fill(states, new Map());
            }
            expect(fillAnswerTemplate(template!, states).equals(Buffer.from(answerText({ data: expected })))).toBe(
              true,
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("give the last filling's bytes again while the values are the same, and new bytes once one changes", () => {
    const result = { data: { roadmap: { items: [{ id: "a", status: "NOT_STARTED" }] } } };
    let status = "NOT_STARTED";
    const template = answerTemplate(
      result,
      [{ path: ["roadmap", "items", 0, "status"], fill: () => status }],
      ["r"],
      READS,
    )!;
    const first = fillAnswerTemplate(template, NO_STATES);
    expect(fillAnswerTemplate(template, NO_STATES)).toBe(first);
    status = "DONE";
    const changed = fillAnswerTemplate(template, NO_STATES);
    expect(changed).not.toBe(first);
    expect(JSON.parse(changed.toString()).data.roadmap.items[0].status).toBe("DONE");
    expect(JSON.parse(first.toString()).data.roadmap.items[0].status).toBe("NOT_STARTED");
  });

  it("fill the gaps with the later request's values, escaped as JSON", () => {
    const result = {
      data: {
        roadmap: {
          title: "T",
          items: [
            { id: "a", note: "old" },
            { id: "b", note: null },
          ],
        },
      },
    };
    const values: RecordedValue[] = [
      { path: ["roadmap", "items", 0, "note"], fill: () => 'new "quoted"\n' },
      { path: ["roadmap", "items", 1, "note"], fill: () => 42 },
    ];
    const template = answerTemplate(result, values, ["r"], READS)!;
    expect(JSON.parse(fillAnswerTemplate(template, NO_STATES).toString())).toEqual({
      data: {
        roadmap: {
          title: "T",
          items: [
            { id: "a", note: 'new "quoted"\n' },
            { id: "b", note: 42 },
          ],
        },
      },
    });
    expect(template.roadmapIds).toEqual(["r"]);
  });

  it("keep a short answer's bytes in memory of their own, not in a shared pool the cache would keep alive", () => {
    const template = answerTemplate({ data: { roadmap: { title: "T", status: "DONE" } } }, [], [], READS)!;
    expect(template.bytes.buffer.byteLength).toBe(template.bytes.length);
  });

  it("refuse answers that do not have the shape the values describe: errors, a missing field, a field marked twice", () => {
    const data = { roadmap: { items: [{ status: "DONE" }] } };
    const value: RecordedValue = { path: ["roadmap", "items", 0, "status"], fill: () => "DONE" };
    expect(answerTemplate({ data, errors: [{ message: "no" }] }, [value], [], READS)).toBeNull();
    expect(answerTemplate({ data }, [{ ...value, path: ["roadmap", "items", 1, "status"] }], [], READS)).toBeNull();
    expect(answerTemplate({ data }, [value, value], [], READS)).toBeNull();
    expect(answerTemplate({ data: null }, [], [], READS)).toBeNull();
  });
});
