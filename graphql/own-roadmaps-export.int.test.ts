import { describe, expect, it } from "vitest";
import { createSession, createUser, sessionViewerOf, tokenViewerOf } from "../e2e/support/factories";
import { errorCodes, execute } from "../e2e/support/graphql-operations";
import { itemIdsByKey, savedRoadmap, SET_NOTE, SET_STATUS } from "../e2e/support/own-roadmaps";
import { testDb } from "../e2e/support/test-db";
import { authenticateToken } from "../server/services/tokens/authenticate-token";
import { readSession } from "../server/services/sessions/read-session";

const MARKDOWN = `# Rust

## Basics

- [ ] Ownership <!-- key: ownership -->
  - official: [The Book](https://doc.rust-lang.org/book/)
  - [ ] Borrowing
- [ ] Traits, "generics" & lifetimes
`;

const EXPORT = `query($slug: String!, $format: ExportFormat!) { roadmap(slug: $slug) { export(format: $format) } }`;

async function learnerWithProgress() {
  const owner = sessionViewerOf(await createUser(testDb()));
  const { roadmap } = await savedRoadmap(owner, { markdown: MARKDOWN, visibility: "PUBLIC" });
  const ids = await itemIdsByKey(owner, roadmap!.slug);
  await execute(SET_STATUS, { id: ids.get("ownership"), status: "DONE" }, owner);
  await execute(SET_STATUS, { id: ids.get("borrowing"), status: "IN_PROGRESS" }, owner);
  await execute(SET_STATUS, { id: ids.get("traits-generics--lifetimes"), status: "SKIPPED" }, owner);
  await execute(SET_NOTE, { id: ids.get("borrowing"), note: "=SUM(A1)\n- [ ] not an item" }, owner);
  return { owner, roadmap: roadmap!, ids };
}

describe("exports", () => {
  it("writes markdown with statuses and notes that imports back to the same roadmap, statuses restored on request", async () => {
    const { owner, roadmap } = await learnerWithProgress();
    const exported = (await execute(EXPORT, { slug: roadmap.slug, format: "MARKDOWN" }, owner)).data!.roadmap
      .export as string;
    expect(exported).toContain("- [x] Ownership <!-- key: ownership -->");
    expect(exported).toContain("  - [/] Borrowing <!-- key: borrowing -->");
    expect(exported).toContain("    > =SUM(A1)\n    > - [ ] not an item");
    expect(exported).toContain('- [-] Traits, "generics" & lifetimes <!-- key: traits-generics--lifetimes -->');

    // Another learner imports it as a roadmap of their own, asking for the statuses back.
    const importer = sessionViewerOf(await createUser(testDb()));
    const copy = await savedRoadmap(importer, { markdown: exported, restoreStatuses: true });
    expect(copy).toMatchObject({ added: 3, restoredStatuses: 3 });
    const read = `query($slug: String!) { roadmap(slug: $slug) { title sections { title } items { key title status resources { title url kind } } } }`;
    const original = (await execute(read, { slug: roadmap.slug }, owner)).data!.roadmap;
    const imported = (await execute(read, { slug: copy.roadmap!.slug }, importer)).data!.roadmap;
    expect(imported).toEqual(original);
    // Without the option, a checked box is only an item.
    const plain = await savedRoadmap(importer, { markdown: exported });
    expect(plain.restoredStatuses).toBe(0);
  });

  it("writes JSON with statuses, notes and history, and CSV with a row per item, formulas defused", async () => {
    const { owner, roadmap } = await learnerWithProgress();
    const json = JSON.parse(
      (await execute(EXPORT, { slug: roadmap.slug, format: "JSON" }, owner)).data!.roadmap.export,
    );
    expect(json).toMatchObject({
      format: "waymark-roadmap-export",
      roadmap: { slug: roadmap.slug, title: "Rust", owner: owner.login, visibility: "PUBLIC" },
      sections: [
        {
          title: "Basics",
          items: [
            {
              key: "ownership",
              status: "DONE",
              children: [{ key: "borrowing", status: "IN_PROGRESS", note: "=SUM(A1)\n- [ ] not an item" }],
            },
            { status: "SKIPPED" },
          ],
        },
      ],
    });
    expect(json.history.map((event: { itemKey: string; to: string }) => `${event.itemKey}:${event.to}`)).toEqual([
      "ownership:DONE",
      "borrowing:IN_PROGRESS",
      "traits-generics--lifetimes:SKIPPED",
    ]);
    const csv = (await execute(EXPORT, { slug: roadmap.slug, format: "CSV" }, owner)).data!.roadmap.export as string;
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("section,item,key,parent_key,status,started_at,finished_at,updated_at,note");
    expect(lines[1]).toMatch(/^Basics,Ownership,ownership,,DONE,\d{4}-.+Z,\d{4}-.+Z,\d{4}-.+Z,$/);
    expect(csv).toContain(`Basics,Borrowing,borrowing,ownership,IN_PROGRESS,`);
    expect(csv).toContain(`,"'=SUM(A1)\n- [ ] not an item"`);
    expect(csv).toContain(`"Traits, ""generics"" & lifetimes"`);
  });

  it("is null signed out, NOT_FOUND for a roadmap the viewer may not see, and needs READ_PROGRESS", async () => {
    const { owner, roadmap } = await learnerWithProgress();
    expect((await execute(EXPORT, { slug: roadmap.slug, format: "CSV" })).data).toEqual({ roadmap: { export: null } });
    const writeOnly = tokenViewerOf(await createUser(testDb()), ["WRITE_PROGRESS"]);
    expect(errorCodes(await execute(EXPORT, { slug: roadmap.slug, format: "CSV" }, writeOnly))).toEqual(["FORBIDDEN"]);
    // Another learner exports their own (empty) progress on the public roadmap: none of the owner's.
    const other = sessionViewerOf(await createUser(testDb()));
    const theirs = (await execute(EXPORT, { slug: roadmap.slug, format: "JSON" }, other)).data!.roadmap.export;
    expect(JSON.parse(theirs).history).toEqual([]);
    expect(theirs).not.toContain("SUM(A1)");
    void owner;
  });
});

describe("your data, and deleting the account", () => {
  it("downloads everything held about the learner, then deletes it all: sessions end and tokens stop working", async () => {
    const { owner, roadmap } = await learnerWithProgress();
    const user = await testDb().user.findUniqueOrThrow({ where: { id: owner.userId } });
    const sessionToken = await createSession(testDb(), owner.userId);
    const token = (
      await execute(`mutation { createApiToken(input: { name: "cli", scopes: [READ_PROGRESS] }) { token } }`, {}, owner)
    ).data!.createApiToken.token as string;
    const follower = sessionViewerOf(await createUser(testDb()));
    const itemId = (await itemIdsByKey(follower, roadmap.slug)).get("ownership")!;
    await execute(SET_STATUS, { id: itemId, status: "DONE" }, follower);

    const data = JSON.parse((await execute(`{ viewer { dataExport } }`, {}, owner)).data!.viewer.dataExport);
    expect(data).toMatchObject({
      format: "waymark-your-data",
      profile: { id: owner.userId, login: owner.login, email: user.email },
      roadmaps: [{ slug: roadmap.slug, markdown: MARKDOWN }],
      tokens: [{ name: "cli", scopes: ["READ_PROGRESS"] }],
    });
    expect(data.progress).toHaveLength(3);
    expect(data.history).toHaveLength(3);
    expect(data.notes).toEqual([
      expect.objectContaining({ itemKey: "borrowing", body: "=SUM(A1)\n- [ ] not an item" }),
    ]);
    expect(JSON.stringify(data)).not.toContain(token);
    expect(errorCodes(await execute(`{ viewer { dataExport } }`, {}, tokenViewerOf(user, ["READ_PROGRESS"])))).toEqual([
      "FORBIDDEN",
    ]);

    const wrong = await execute(`mutation { deleteAccount(input: { login: "someone-else" }) }`, {}, owner);
    expect(errorCodes(wrong)).toEqual(["BAD_USER_INPUT"]);
    const deleted = await execute(
      `mutation($l: String!) { deleteAccount(input: { login: $l }) }`,
      { l: owner.login!.toUpperCase() },
      owner,
    );
    expect(deleted.data).toEqual({ deleteAccount: true });

    const client = testDb();
    expect(await client.user.findUnique({ where: { id: owner.userId } })).toBeNull();
    expect(await readSession(sessionToken)).toBeNull();
    await expect(authenticateToken(token)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await client.roadmap.findUnique({ where: { id: roadmap.id } })).toBeNull();
    for (const table of [client.progress, client.progressEvent, client.note] as const) {
      expect(await (table as typeof client.progress).count({ where: { userId: owner.userId } })).toBe(0);
    }
    // The follower's progress on the deleted public roadmap went with it (see the README).
    expect(await client.progress.count({ where: { itemId } })).toBe(0);
  });
});
