import type { CohortPageMember } from "@/server/services/cohorts/load-cohort-page";

/*
 * How the mentor's matrix is sorted, filtered and opened, read from the page's
 * address: every choice is a link or a GET form, so it works without
 * JavaScript, survives a reload and can be shared with another mentor.
 */

export type MatrixShow = "all" | "behind" | "stuck";
export type SortDirection = "asc" | "desc";

export interface MatrixQuery {
  /** A member column (MEMBER_COLUMNS) or `section:<id>`. */
  sort: string;
  dir: SortDirection;
  /** Part of a login or name, any case. */
  q: string;
  show: MatrixShow;
  /** The section opened to its items. */
  open: string | null;
  /** The page of rows shown, from 1 (MATRIX_PAGE_SIZE rows a page). */
  page: number;
}

/** Rows a page: a cohort at its cap (500) is five pages, each quick to render and to read. */
export const MATRIX_PAGE_SIZE = 100;

export const MEMBER_COLUMNS = ["name", "percent", "pace", "forecast", "target", "active", "stuck"] as const;
type MemberColumn = (typeof MEMBER_COLUMNS)[number];

const SHOWS: MatrixShow[] = ["all", "behind", "stuck"];

/** The query from search parameters; anything unknown falls back to the default (by name, everyone). */
export function readMatrixQuery(params: Record<string, string | string[] | undefined>): MatrixQuery {
  const one = (key: string) => {
    const value = params[key];
    return (Array.isArray(value) ? value[0] : value) ?? "";
  };
  const sort = one("sort");
  const known = (MEMBER_COLUMNS as readonly string[]).includes(sort) || /^section:[\w-]{1,64}$/.test(sort);
  const show = one("show") as MatrixShow;
  const open = one("open");
  const page = /^[1-9]\d{0,3}$/.test(one("page")) ? Number(one("page")) : 1;
  return {
    sort: known ? sort : "name",
    dir: one("dir") === "desc" ? "desc" : "asc",
    q: one("q").trim().slice(0, 100),
    show: SHOWS.includes(show) ? show : "all",
    open: /^[\w-]{1,64}$/.test(open) ? open : null,
    page,
  };
}

/**
 * The address of the page with `change` applied to `query` (defaults left out).
 * A new order or filter goes back to the first page (it starts from its top);
 * opening a section keeps the page.
 */
export function matrixHref(path: string, query: MatrixQuery, change: Partial<MatrixQuery> = {}): string {
  const reordered = (["sort", "dir", "q", "show"] as const).some((key) => key in change);
  const next = { ...query, ...(reordered ? { page: 1 } : {}), ...change };
  const params = new URLSearchParams();
  if (next.sort !== "name") params.set("sort", next.sort);
  if (next.dir !== "asc") params.set("dir", next.dir);
  if (next.q) params.set("q", next.q);
  if (next.show !== "all") params.set("show", next.show);
  if (next.open) params.set("open", next.open);
  if (next.page > 1) params.set("page", String(next.page));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** Behind their target: the forecast misses it, or it passed with items left. */
export function isBehindTarget(member: CohortPageMember): boolean {
  return member.plan.targetStatus === "BEHIND" || member.plan.targetStatus === "PASSED";
}

type Key = string | number | null;

function keyOf(member: CohortPageMember, sort: string): Key {
  if (sort.startsWith("section:")) {
    const cell = member.cells.find((candidate) => `section:${candidate.sectionId}` === sort);
    return cell?.percent ?? null;
  }
  switch (sort as MemberColumn) {
    case "percent":
      return member.completion.percent;
    case "pace":
      return member.plan.pacePerWeek;
    case "forecast":
      return member.plan.finishOn;
    case "target":
      return member.plan.targetDate;
    case "active":
      return member.lastActiveAt?.getTime() ?? null;
    case "stuck":
      return member.stuckItems.length;
    default:
      return (member.name ?? member.login).toLocaleLowerCase("en");
  }
}

function compare(a: Key, b: Key): number {
  if (a === b) return 0;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b), "en");
}

/**
 * The rows the query asks for: filtered by name and by "behind target" or
 * "stuck", then sorted (a member with no value, such as no forecast, comes
 * last either way; ties by login, so the order is stable).
 */
export function matrixRows(members: readonly CohortPageMember[], query: MatrixQuery): CohortPageMember[] {
  const needle = query.q.toLocaleLowerCase("en");
  const sign = query.dir === "desc" ? -1 : 1;
  return members
    .filter(
      (member) =>
        !needle ||
        member.login.toLocaleLowerCase("en").includes(needle) ||
        (member.name ?? "").toLocaleLowerCase("en").includes(needle),
    )
    .filter((member) =>
      query.show === "behind" ? isBehindTarget(member) : query.show === "stuck" ? member.stuckItems.length > 0 : true,
    )
    .map((member) => ({ member, key: keyOf(member, query.sort) }))
    .sort((a, b) => {
      if (a.key === null || b.key === null) {
        if (a.key !== b.key) return a.key === null ? 1 : -1;
      } else {
        const order = compare(a.key, b.key) * sign;
        if (order !== 0) return order;
      }
      return a.member.login.localeCompare(b.member.login, "en");
    })
    .map(({ member }) => member);
}

/** One page of the rows (a page past the last shows the last), and where it sits among them. */
export function matrixPage<T>(
  rows: readonly T[],
  page: number,
): { rows: T[]; page: number; pages: number; first: number; last: number } {
  const pages = Math.max(1, Math.ceil(rows.length / MATRIX_PAGE_SIZE));
  const shown = Math.min(Math.max(1, page), pages);
  const start = (shown - 1) * MATRIX_PAGE_SIZE;
  const slice = rows.slice(start, start + MATRIX_PAGE_SIZE);
  return { rows: slice, page: shown, pages, first: slice.length ? start + 1 : 0, last: start + slice.length };
}
