import { describe, expect, it } from "vitest";
import { createUser, sessionViewerOf } from "../e2e/support/factories";
import { execute } from "../e2e/support/graphql-operations";
import { itemIdsByKey, savedRoadmap, SET_STATUS } from "../e2e/support/own-roadmaps";
import { testDb } from "../e2e/support/test-db";

const BOOK = `# Reading plan

## Book

- [ ] Read the preface
- [ ] Read chapters 1-3
  - [ ] Take notes
- [ ] Do the exercises
`;
const REWORDED = BOOK.replace("chapters 1-3", "chapters 1-4");

const SAVE = `mutation($input: SaveRoadmapInput!) {
  saveRoadmap(input: $input) {
    added renamed retired learnersAffected
    changes { kind key title previousTitle line learners guessed markdownKey }
    roadmap { markdown items { key title status } }
  }
}`;

interface Saved {
  added: number;
  renamed: number;
  retired: number;
  learnersAffected: number;
  changes: { kind: string; key: string; guessed: boolean; markdownKey: string | null; learners: number }[];
  roadmap: { markdown: string; items: { key: string; title: string; status: string }[] } | null;
}

async function ownRoadmapWithProgress() {
  const owner = sessionViewerOf(await createUser(testDb()));
  const { roadmap } = await savedRoadmap(owner, { markdown: BOOK });
  const ids = await itemIdsByKey(owner, roadmap!.slug);
  await execute(SET_STATUS, { id: ids.get("read-chapters-1-3"), status: "DONE" }, owner);
  const save = async (input: Record<string, unknown>) => {
    const result = await execute<{ saveRoadmap: Saved }>(SAVE, { input: { roadmapId: roadmap!.id, ...input } }, owner);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.saveRoadmap;
  };
  return { save };
}

describe("saving a roadmap with an item reworded in place", () => {
  it("keeps the item's key and progress, says the rename was guessed, and pins the key in the stored markdown", async () => {
    const { save } = await ownRoadmapWithProgress();
    const preview = await save({ markdown: REWORDED, dryRun: true });
    expect(preview).toMatchObject({ added: 0, renamed: 1, retired: 0, learnersAffected: 1 });
    expect(preview.changes).toEqual([
      expect.objectContaining({
        kind: "RENAMED",
        key: "read-chapters-1-3",
        guessed: true,
        markdownKey: "read-chapters-1-4",
        learners: 1,
      }),
    ]);

    const saved = await save({ markdown: REWORDED });
    expect(saved).toMatchObject({ added: 0, renamed: 1, retired: 0 });
    expect(saved.roadmap!.markdown).toBe(
      REWORDED.replace("Read chapters 1-4", "Read chapters 1-4 <!-- key: read-chapters-1-3 -->"),
    );
    expect(saved.roadmap!.items).toContainEqual({
      key: "read-chapters-1-3",
      title: "Read chapters 1-4",
      status: "DONE",
    });
    // Its child stays its child: nothing else changed.
    expect(saved.changes.map((change) => change.kind)).toEqual(["RENAMED"]);
  });

  it("saves it as a new item when the author says so (notRenamed), or when rename detection is off", async () => {
    const { save } = await ownRoadmapWithProgress();
    const saidNew = await save({ markdown: REWORDED, notRenamed: ["read-chapters-1-4"], dryRun: true });
    expect(saidNew).toMatchObject({ added: 1, renamed: 0, retired: 1, learnersAffected: 1 });
    expect(saidNew.changes.every((change) => !change.guessed && change.markdownKey === null)).toBe(true);

    const off = await save({ markdown: REWORDED, detectRenames: false });
    expect(off).toMatchObject({ added: 1, renamed: 0, retired: 1 });
    expect(off.roadmap!.markdown).toBe(REWORDED);
    expect(off.roadmap!.items).toContainEqual({
      key: "read-chapters-1-4",
      title: "Read chapters 1-4",
      status: "NOT_STARTED",
    });
  });

  it("refuses a malformed notRenamed list as the client's mistake", async () => {
    const owner = sessionViewerOf(await createUser(testDb()));
    const { roadmap } = await savedRoadmap(owner, { markdown: BOOK });
    const result = await execute(
      SAVE,
      { input: { roadmapId: roadmap!.id, markdown: BOOK, notRenamed: ["x".repeat(65)] } },
      owner,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
