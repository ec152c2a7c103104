import { describe, expect, it } from "vitest";
import { followedRoadmap, learner } from "../../../e2e/support/cohorts";
import { testDb } from "../../../e2e/support/test-db";
import { loadItemStates } from "../progress/load-item-states";
import { setItemNote } from "./set-item-note";

/*
 * Note.roadmapId (migration note_roadmap): every note carries its item's roadmap, whoever wrote
 * it, so the viewer's notes on a roadmap are read by Note(userId, roadmapId).
 */

const markdown = (title: string) => `# ${title}\n\n## S\n\n- [ ] one <!-- key: one -->\n- [ ] two <!-- key: two -->\n`;

describe("a note's roadmap", () => {
  it("is its item's, set by the table whatever the writer sends, and the viewer's notes are read by it", async () => {
    const author = await learner(testDb(), "notes");
    const a = await followedRoadmap(author, "PUBLIC", markdown("Notes A"));
    const b = await followedRoadmap(author, "PUBLIC", markdown("Notes B"));
    const { viewer } = await learner(testDb(), "notes");
    await setItemNote(viewer, { itemId: a.items.get("one")!, note: "Through the service" });
    // A writer that names no roadmap, and one that names the wrong one.
    await testDb().note.create({ data: { userId: viewer.userId, itemId: a.items.get("two")!, body: "Left out" } });
    await testDb().$executeRaw`
      INSERT INTO "Note" ("id", "userId", "itemId", "roadmapId", "body", "updatedAt")
      VALUES ('note-roadmap-wrong', ${viewer.userId}, ${b.items.get("one")!}, ${a.id}, 'Named wrong', now())`;
    const notes = await testDb().note.findMany({ where: { userId: viewer.userId }, orderBy: { body: "asc" } });
    expect(notes.map((note) => [note.body, note.roadmapId])).toEqual([
      ["Left out", a.id],
      ["Named wrong", b.id],
      ["Through the service", a.id],
    ]);
    // A note on an item that does not exist is still refused by the item's foreign key.
    await expect(
      testDb().note.create({ data: { userId: viewer.userId, itemId: "no-such-item", body: "Nowhere" } }),
    ).rejects.toThrow(/foreign key/i);

    const states = await loadItemStates(viewer, [a.id]);
    expect([...states.notes.keys()].sort()).toEqual([a.items.get("one")!, a.items.get("two")!].sort());
    const onB = await loadItemStates(viewer, [b.id]);
    expect([...onB.notes.values()].map((note) => note.body)).toEqual(["Named wrong"]);
  });
});
