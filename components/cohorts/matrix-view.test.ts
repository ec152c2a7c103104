import { describe, expect, it } from "vitest";
import type { CohortPageMember } from "@/server/services/cohorts/load-cohort-page";
import type { Plan } from "@/shared/plan/plan-roadmap";
import { MATRIX_PAGE_SIZE, matrixHref, matrixPage, matrixRows, readMatrixQuery } from "./matrix-view";

const plan = (extra: Partial<Plan>): Plan => ({
  total: 10,
  done: 0,
  skipped: 0,
  remaining: 10,
  startedOn: null,
  pacePerWeek: 0,
  pacePerWeekSinceStart: 0,
  forecast: "NOT_ENOUGH_HISTORY",
  finishOn: null,
  targetDate: null,
  requiredPacePerWeek: null,
  targetStatus: null,
  daysAheadOfTarget: null,
  finishedThisWeek: 0,
  weeklyGoal: null,
  ...extra,
});

const member = (login: string, percent: number, extra: Partial<CohortPageMember> = {}): CohortPageMember => ({
  userId: login,
  login,
  name: null,
  role: "MEMBER",
  joinedAt: new Date("2026-12-01T00:00:00Z"),
  isViewer: false,
  completion: { total: 10, done: percent / 10, skipped: 0, inProgress: 0, percent },
  plan: plan({}),
  lastActiveAt: null,
  stuckItems: [],
  cells: [{ sectionId: "s1", total: 10, finished: percent / 10, inProgress: 0, percent }],
  ...extra,
});

const ada = member("ada", 50, { name: "Ada Lovelace", plan: plan({ targetStatus: "BEHIND", finishOn: "2027-03-01" }) });
const bob = member("bob", 10, { stuckItems: [{ id: "i", title: "Item" }], plan: plan({ finishOn: "2027-01-01" }) });
const cyd = member("cyd", 90, { plan: plan({ targetStatus: "PASSED" }) });
const all = [bob, cyd, ada];

describe("the mentor's matrix view", () => {
  it("sorts by name by default, and by any column either way", () => {
    const query = readMatrixQuery({});
    expect(matrixRows(all, query).map((row) => row.login)).toEqual(["ada", "bob", "cyd"]);
    expect(matrixRows(all, { ...query, sort: "percent", dir: "desc" }).map((row) => row.login)).toEqual([
      "cyd",
      "ada",
      "bob",
    ]);
    expect(matrixRows(all, { ...query, sort: "section:s1" }).map((row) => row.login)).toEqual(["bob", "ada", "cyd"]);
  });

  it("puts members without a value last, whichever the direction", () => {
    const query = { ...readMatrixQuery({}), sort: "forecast" };
    expect(matrixRows(all, query).map((row) => row.login)).toEqual(["bob", "ada", "cyd"]);
    expect(matrixRows(all, { ...query, dir: "desc" }).map((row) => row.login)).toEqual(["ada", "bob", "cyd"]);
  });

  it("filters by login or name, behind target, and stuck", () => {
    const query = readMatrixQuery({});
    expect(matrixRows(all, { ...query, q: "LOVE" }).map((row) => row.login)).toEqual(["ada"]);
    expect(matrixRows(all, { ...query, show: "behind" }).map((row) => row.login)).toEqual(["ada", "cyd"]);
    expect(matrixRows(all, { ...query, show: "stuck" }).map((row) => row.login)).toEqual(["bob"]);
  });

  it("reads only what it knows from the address, and writes only what differs from the default", () => {
    expect(readMatrixQuery({ sort: "x';drop", dir: "sideways", show: "x", open: "a b" })).toEqual({
      sort: "name",
      dir: "asc",
      q: "",
      show: "all",
      open: null,
      page: 1,
    });
    const query = readMatrixQuery({ sort: "pace", dir: "desc", q: " ada ", show: "stuck", open: "s1" });
    expect(query).toEqual({ sort: "pace", dir: "desc", q: "ada", show: "stuck", open: "s1", page: 1 });
    expect(matrixHref("/cohorts/c", query, { open: null })).toBe("/cohorts/c?sort=pace&dir=desc&q=ada&show=stuck");
    expect(matrixHref("/cohorts/c", readMatrixQuery({}))).toBe("/cohorts/c");
  });

  it("pages the rows: a page from the address, any other change back to the first page", () => {
    for (const page of ["0", "-1", "1.5", "x", "99999"]) expect(readMatrixQuery({ page }).page).toBe(1);
    const third = readMatrixQuery({ page: "3", sort: "pace" });
    expect(third.page).toBe(3);
    expect(matrixHref("/cohorts/c", third)).toBe("/cohorts/c?sort=pace&page=3");
    expect(matrixHref("/cohorts/c", third, { dir: "desc" })).toBe("/cohorts/c?sort=pace&dir=desc");
    expect(matrixHref("/cohorts/c", third, { page: 4 })).toBe("/cohorts/c?sort=pace&page=4");
    expect(matrixHref("/cohorts/c", third, { open: "s1" })).toBe("/cohorts/c?sort=pace&open=s1&page=3");
    expect(matrixHref("/cohorts/c", third, { q: "ada" })).toBe("/cohorts/c?sort=pace&q=ada");

    const rows = Array.from({ length: 2 * MATRIX_PAGE_SIZE + 5 }, (_, index) => index);
    expect(matrixPage(rows, 1)).toMatchObject({ page: 1, pages: 3, first: 1, last: MATRIX_PAGE_SIZE });
    expect(matrixPage(rows, 3)).toMatchObject({ rows: [200, 201, 202, 203, 204], page: 3, first: 201, last: 205 });
    // Past the last page (the cohort shrank since the link was made): the last page.
    expect(matrixPage(rows, 9)).toMatchObject({ page: 3, first: 201 });
    expect(matrixPage([], 2)).toMatchObject({ rows: [], page: 1, pages: 1, first: 0, last: 0 });
  });
});
