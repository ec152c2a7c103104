import { describe, expect, it } from "vitest";
import { applyOneStatusChange } from "../server/services/progress/apply-one-status-change";
import { applyStatusChanges } from "../server/services/progress/apply-status-changes";
import type { ViewerWith } from "../server/services/viewer";
import { tokenViewerOf } from "../e2e/support/factories";
import { errorCodes, execute } from "../e2e/support/graphql-operations";
import { LEARNER_ROADMAP_MARKDOWN, learnerWithProgress } from "../e2e/support/learner-with-progress";
import { testDb } from "../e2e/support/test-db";

/*
 * Progress written by roadmap mutations (issue 18, point 1): a token needs
 * WRITE_PROGRESS for it, and a refusal names the scope and writes nothing: not
 * the statuses, and not the roadmap half-way either. The scope matrix
 * (scope-matrix.int.test.ts) covers every mutation; these are the issue's own
 * reproductions, read back in detail.
 */

const SAVE = `mutation($input: SaveRoadmapInput!) { saveRoadmap(input: $input) { restoredStatuses } }`;
const FORK = `mutation($input: ForkRoadmapInput!) { forkRoadmap(input: $input) { id } }`;
const REPRO = "# Repro\n\n## S\n\n- [ ] one <!-- key: one -->\n- [/] two <!-- key: two -->\n";

async function statuses(userId: string) {
  const rows = await testDb().progress.findMany({
    where: { userId },
    select: { item: { select: { key: true } }, status: true },
    orderBy: { item: { key: "asc" } },
  });
  return rows.map((row) => `${row.item.key} ${row.status}`);
}

describe("progress behind a roadmap write", () => {
  it("saveRoadmap with restoreStatuses needs WRITE_PROGRESS: refused whole without it, written with it", async () => {
    const learner = await learnerWithProgress();
    const input = { roadmapId: learner.roadmapId, restoreStatuses: true, markdown: REPRO };

    const refused = await execute(SAVE, { input }, tokenViewerOf(learner.user, ["WRITE_ROADMAPS"]));
    expect(errorCodes(refused)).toEqual(["FORBIDDEN"]);
    expect(refused.errors![0]!.message).toBe(
      "This token lacks the WRITE_PROGRESS scope: restoreStatuses sets your statuses.",
    );
    expect(await statuses(learner.user.id)).toEqual(["one DONE", "two DONE"]);
    expect(await testDb().progressEvent.count({ where: { userId: learner.user.id } })).toBe(2);
    const roadmap = await testDb().roadmap.findUniqueOrThrow({ where: { id: learner.roadmapId } });
    expect({ title: roadmap.title, markdown: roadmap.markdown }).toEqual({
      title: "Matrix",
      markdown: LEARNER_ROADMAP_MARKDOWN,
    });
    // A dry run is refused as the save would be.
    const preview = await execute(
      SAVE,
      { input: { ...input, dryRun: true } },
      tokenViewerOf(learner.user, ["WRITE_ROADMAPS", "READ_PROGRESS"]),
    );
    expect(errorCodes(preview)).toEqual(["FORBIDDEN"]);

    const allowed = await execute(SAVE, { input }, tokenViewerOf(learner.user, ["WRITE_ROADMAPS", "WRITE_PROGRESS"]));
    expect(allowed).toEqual({ data: { saveRoadmap: { restoredStatuses: 2 } } });
    expect(await statuses(learner.user.id)).toEqual(["one NOT_STARTED", "two IN_PROGRESS"]);
  });

  it("forkRoadmap with copyProgress needs READ_PROGRESS and WRITE_PROGRESS: no fork at all without them", async () => {
    const learner = await learnerWithProgress();
    const input = { roadmapId: learner.roadmapId, copyProgress: true };

    const refused = await execute(FORK, { input }, tokenViewerOf(learner.user, ["READ_PROGRESS", "WRITE_ROADMAPS"]));
    expect(errorCodes(refused)).toEqual(["FORBIDDEN"]);
    expect(refused.errors![0]!.message).toBe(
      "This token lacks the WRITE_PROGRESS scope: copyProgress copies your statuses to the fork.",
    );
    const onlyRoadmaps = await execute(FORK, { input }, tokenViewerOf(learner.user, ["WRITE_ROADMAPS"]));
    expect(onlyRoadmaps.errors![0]!.message).toBe(
      "This token lacks the READ_PROGRESS and WRITE_PROGRESS scopes: copyProgress copies your statuses to the fork.",
    );
    expect(await testDb().roadmap.count({ where: { ownerId: learner.user.id } })).toBe(1);

    // Without copyProgress the fork needs only WRITE_ROADMAPS, and starts without progress.
    const plain = await execute(
      FORK,
      { input: { roadmapId: learner.roadmapId } },
      tokenViewerOf(learner.user, ["WRITE_ROADMAPS"]),
    );
    const forkId = (plain.data as { forkRoadmap: { id: string } }).forkRoadmap.id;
    expect(await testDb().progress.count({ where: { roadmapId: forkId } })).toBe(0);

    const copied = await execute(
      FORK,
      { input },
      tokenViewerOf(learner.user, ["READ_PROGRESS", "WRITE_PROGRESS", "WRITE_ROADMAPS"]),
    );
    const copyId = (copied.data as { forkRoadmap: { id: string } }).forkRoadmap.id;
    expect(await testDb().progress.count({ where: { roadmapId: copyId, status: "DONE" } })).toBe(2);
  });

  it("the writers of statuses check WRITE_PROGRESS themselves, so a path that forgot to writes nothing", async () => {
    const learner = await learnerWithProgress();
    // What a caller that skipped the check would hand over (only a cast makes one).
    const unchecked = tokenViewerOf(learner.user, ["WRITE_ROADMAPS"]) as ViewerWith<"WRITE_PROGRESS">;
    const change = { itemId: learner.one, roadmapId: learner.roadmapId, status: "SKIPPED" as const };

    await expect(testDb().$transaction((tx) => applyStatusChanges(tx, unchecked, [change]))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(applyOneStatusChange(unchecked, learner.one, "SKIPPED")).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await statuses(learner.user.id)).toEqual(["one DONE", "two DONE"]);
  });
});
