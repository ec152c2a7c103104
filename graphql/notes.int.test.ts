import { describe, expect, it } from "vitest";
import { onQuery } from "../server/db/client";
import { loadRoadmapContentBySlug } from "../server/services/roadmaps/content/roadmap-content";
import { roadmapPageData } from "../server/services/roadmaps/content/roadmap-page-data";
import { createUser, sessionViewerOf } from "../e2e/support/factories";
import { errorCodes, execute } from "../e2e/support/graphql-operations";
import { testDb } from "../e2e/support/test-db";

const WRITE = `mutation($id: ID!, $note: String) { setItemNote(input: { itemId: $id, note: $note }) { note noteHtml } }`;
const READ = `{ roadmap(slug: "backend") { items { id note noteHtml } } }`;

async function learnerAndItem() {
  const viewer = sessionViewerOf(await createUser(testDb()));
  const item = await testDb().item.findFirstOrThrow({ where: { roadmap: { slug: "backend" } }, select: { id: true } });
  return { viewer, itemId: item.id };
}

type ReadResult = { roadmap: { items: { id: string; note: string | null; noteHtml: string | null }[] } };

async function readNote(viewer: ReturnType<typeof sessionViewerOf>, itemId: string) {
  const result = await execute<ReadResult>(READ, {}, viewer);
  return { errors: result.errors, item: result.data?.roadmap.items.find((item) => item.id === itemId) };
}

describe("stored note HTML", () => {
  it("setItemNote stores the rendered HTML with the markdown, and reads return it", async () => {
    const { viewer, itemId } = await learnerAndItem();
    const written = await execute(WRITE, { id: itemId, note: "- [x] read *chapter 3*" }, viewer);
    const html =
      '<ul class="contains-task-list">\n<li class="task-list-item"><input type="checkbox" checked disabled> read <em>chapter 3</em></li>\n</ul>';
    expect(written).toEqual({ data: { setItemNote: { note: "- [x] read *chapter 3*", noteHtml: html } } });
    const row = await testDb().note.findFirstOrThrow({ where: { userId: viewer.userId, itemId } });
    expect(row.html).toBe(html);
    expect((await readNote(viewer, itemId)).item?.noteHtml).toBe(html);
  });

  it("setItemNote refuses a note over the nesting limit, saying where, and keeps the stored note", async () => {
    const { viewer, itemId } = await learnerAndItem();
    await execute(WRITE, { id: itemId, note: "keep me" }, viewer);
    const refused = await execute(WRITE, { id: itemId, note: `fine\n${"> ".repeat(9)}too deep` }, viewer);
    expect(errorCodes(refused)).toEqual(["BAD_USER_INPUT"]);
    expect(refused.errors![0]!.message).toBe("Notes may nest quotes and lists at most 8 deep (line 2).");
    expect(refused.errors![0]!.extensions?.fields).toEqual({ note: refused.errors![0]!.message });
    const row = await testDb().note.findFirstOrThrow({ where: { userId: viewer.userId, itemId } });
    expect(row).toMatchObject({ body: "keep me", html: "<p>keep me</p>" });
  });

  it("shows a pathological note stored around the limits as escaped text, without an error, and stores that once", async () => {
    const { viewer, itemId } = await learnerAndItem();
    // As a row from before the limits (and the html column) would be: never validated, no HTML.
    const body = `${"> ".repeat(400)}<b>x</b>\n- - - - - - - - - - - - a`;
    const stored = await testDb().note.create({ data: { userId: viewer.userId, itemId, body } });
    const escaped = `<p>${"> ".repeat(400)}&#x3C;b>x&#x3C;/b><br>\n- - - - - - - - - - - - a</p>`;

    const first = await readNote(viewer, itemId);
    expect(first.errors).toBeUndefined();
    expect(first.item).toEqual({ id: itemId, note: body, noteHtml: escaped });
    const row = await testDb().note.findUniqueOrThrow({ where: { id: stored.id } });
    expect(row.html).toBe(escaped);
    expect(row.updatedAt).toEqual(stored.updatedAt);

    // Stored: the next read writes nothing.
    const statements: string[] = [];
    const stop = onQuery(({ query }) => statements.push(query));
    const second = await readNote(viewer, itemId).finally(stop);
    expect(second.item?.noteHtml).toBe(escaped);
    expect(statements.filter((query) => /^\s*UPDATE/i.test(query))).toEqual([]);

    // The roadmap page renders from the same service, as the same text.
    const content = await loadRoadmapContentBySlug(null, "backend");
    const page = await roadmapPageData(viewer, content!);
    expect(page.states[itemId]).toMatchObject({ note: body, noteHtml: escaped });
  });

  it("renders a note stored before the html column as markdown on first read", async () => {
    const { viewer, itemId } = await learnerAndItem();
    await testDb().note.create({ data: { userId: viewer.userId, itemId, body: "**old** note" } });
    expect((await readNote(viewer, itemId)).item?.noteHtml).toBe("<p><strong>old</strong> note</p>");
    const row = await testDb().note.findFirstOrThrow({ where: { userId: viewer.userId, itemId } });
    expect(row.html).toBe("<p><strong>old</strong> note</p>");
  });
});
