import { describe, expect, it } from "vitest";
import { createUser, sessionViewerOf } from "../../../e2e/support/factories";
import { execute } from "../../../e2e/support/graphql-operations";
import { itemIdsByKey, SAVE, savedRoadmap, SET_STATUS } from "../../../e2e/support/own-roadmaps";
import { testDb } from "../../../e2e/support/test-db";
import { burnUp } from "./burn-up";

/*
 * The burn-up leaves out the history of retired items (an item, or a whole
 * section, gone from the roadmap's markdown): its last day always equals the
 * completion the page shows. It finds the retired items once rather than
 * looking each event's item up, so this holds it to the rule.
 */

const markdown = (sections: string[][]) =>
  [
    "# Burn-up roadmap",
    "",
    ...sections.flatMap((keys, index) => [
      `## Section ${index + 1}`,
      "",
      ...keys.map((key) => `- [ ] ${key} <!-- key: ${key} -->`),
      "",
    ]),
  ].join("\n");

describe("the burn-up", () => {
  it("counts no event of a retired item or of an item of a retired section, and counts them again when revived", async () => {
    const owner = sessionViewerOf(await createUser(testDb()));
    const { roadmap } = await savedRoadmap(owner, {
      markdown: markdown([
        ["a", "b", "c"],
        ["d", "e"],
      ]),
    });
    const ids = await itemIdsByKey(owner, roadmap!.slug);
    for (const [key, status] of [
      ["a", "DONE"],
      ["b", "DONE"],
      ["c", "SKIPPED"],
      ["d", "DONE"],
      ["e", "IN_PROGRESS"],
    ] as const) {
      expect((await execute(SET_STATUS, { id: ids.get(key), status }, owner)).errors).toBeUndefined();
    }
    const save = async (sections: string[][]) => {
      const result = await execute(SAVE, { input: { roadmapId: roadmap!.id, markdown: markdown(sections) } }, owner);
      expect(result.errors).toBeUndefined();
    };
    const lastDay = async (total: number) => {
      const buckets = await burnUp(owner, { roadmapId: roadmap!.id, total, days: 30, timeZone: "Europe/Paris" });
      return buckets.at(-1);
    };
    expect(await lastDay(5)).toMatchObject({ finished: 4, done: 3, total: 5 });

    // "b" retired, and the whole second section with "d" and "e".
    await save([["a", "c"]]);
    expect(await lastDay(2)).toMatchObject({ finished: 2, done: 1, total: 2 });

    // Revived with their statuses and history.
    await save([
      ["a", "b", "c"],
      ["d", "e"],
    ]);
    expect(await lastDay(5)).toMatchObject({ finished: 4, done: 3, total: 5 });
  });
});
