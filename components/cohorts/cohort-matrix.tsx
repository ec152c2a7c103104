import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { CohortColumn } from "@/server/services/cohorts/load-cohort-column";
import type { CohortPageData, CohortPageMember } from "@/server/services/cohorts/load-cohort-page";
import { formatDate } from "@/shared/format-date";
import { useDateLocale } from "../i18n/use-page-locale";
import { formatPace } from "../plan/format-plan";
import { Button } from "../ui/button";
import { fieldClass } from "../ui/field-class";
import { CELL_LEGEND, cellTone } from "./cohort-cell-tone";
import { isBehindTarget, matrixHref, matrixPage, matrixRows, type MatrixQuery } from "./matrix-view";

const TH = "border-b border-slate-200 px-2 py-2 text-start align-bottom font-medium dark:border-slate-700";
const TD = "border-b border-slate-100 px-2 py-1.5 align-top dark:border-slate-800";
// The member's column stays while the rest scrolls sideways (a phone shows two or three sections).
const STICKY =
  "sticky start-0 z-10 bg-white shadow-[1px_0_0_0] shadow-slate-200 rtl:shadow-[-1px_0_0_0] dark:bg-slate-900 dark:shadow-slate-700";

const STATUS_MARK = { DONE: "✓", SKIPPED: "–", IN_PROGRESS: "…", NOT_STARTED: "·" } as const;

type Translate = (key: string, values?: Record<string, string | number>) => string;

function forecastText(member: CohortPageMember, t: Translate, day: (date: string) => string): string {
  const { plan } = member;
  if (plan.forecast === "FINISHED") return t("forecastFinished");
  if (plan.forecast === "FORECAST") return day(plan.finishOn!);
  if (plan.forecast === "STALLED") return t("forecastStalled");
  return t("tooEarly");
}

function targetText(member: CohortPageMember, t: Translate, day: (date: string) => string): string {
  const { plan } = member;
  if (!plan.targetDate) return t("noTarget");
  return t("target", { day: day(plan.targetDate), status: plan.targetStatus ?? "TOO_EARLY_TO_TELL" });
}

/** A column header that sorts by it: ascending first, then the other way. */
function SortHeader({
  path,
  query,
  sort,
  children,
  className = "",
  extra,
}: {
  path: string;
  query: MatrixQuery;
  sort: string;
  children: ReactNode;
  className?: string;
  /** Below the sort link: a section's link to open it. */
  extra?: ReactNode;
}) {
  const t = useTranslations("CohortMatrix");
  const active = query.sort === sort;
  const dir = active && query.dir === "asc" ? "desc" : "asc";
  return (
    <th
      scope="col"
      aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : undefined}
      className={`${TH} ${className}`}
    >
      <Link
        href={matrixHref(path, query, { sort, dir })}
        scroll={false}
        className="inline-flex items-center gap-1 rounded hover:underline"
      >
        {children}
        <span aria-hidden="true" className="text-xs text-slate-500 dark:text-slate-400">
          {active ? (query.dir === "asc" ? "▲" : "▼") : "↕"}
        </span>
        <span className="sr-only">{active ? t("sortedSort", { dir: query.dir }) : t("sort")}</span>
      </Link>
      {extra}
    </th>
  );
}

/**
 * The mentor's matrix: members by sections, done/total per cell coloured, with
 * each member's percent, pace, forecast, target, last activity and stuck items;
 * sortable by any column, filtered by name, "behind target" or "stuck", and a
 * section opened to its items on demand (`column`, loaded only when asked).
 */
export function CohortMatrix({
  data,
  query,
  column,
  timeZone,
}: {
  data: CohortPageData;
  query: MatrixQuery;
  column: CohortColumn | null;
  timeZone: string;
}) {
  const t = useTranslations("CohortMatrix");
  const p = useTranslations("Plan");
  const statusLabel = useTranslations("ItemStatus");
  const locale = useDateLocale();
  const day = (date: string) => formatDate(date, { locale });
  const path = `/cohorts/${data.cohort.id}`;
  const matching = matrixRows(data.members, query);
  const { rows, page, pages, first, last } = matrixPage(matching, query.page);
  return (
    <div className="space-y-3">
      <form
        role="search"
        aria-label={t("filterLabel")}
        action={path}
        className="flex flex-wrap items-end gap-2"
        data-testid="matrix-filter"
      >
        {query.sort !== "name" && <input type="hidden" name="sort" value={query.sort} />}
        {query.dir !== "asc" && <input type="hidden" name="dir" value={query.dir} />}
        {query.open && <input type="hidden" name="open" value={query.open} />}
        <div>
          <label htmlFor="matrix-q" className="block text-sm font-medium">
            {t("name")}
          </label>
          <input
            id="matrix-q"
            name="q"
            type="search"
            defaultValue={query.q}
            maxLength={100}
            placeholder={t("namePlaceholder")}
            className={fieldClass("mt-1 w-44")}
          />
        </div>
        <div>
          <label htmlFor="matrix-show" className="block text-sm font-medium">
            {t("show")}
          </label>
          <select id="matrix-show" name="show" defaultValue={query.show} className={fieldClass("mt-1")}>
            <option value="all">{t("everyone")}</option>
            <option value="behind">{t("behind")}</option>
            <option value="stuck">{t("stuck")}</option>
          </select>
        </div>
        <Button type="submit" variant="secondary">
          {t("filter")}
        </Button>
        {(query.q || query.show !== "all") && (
          <Link
            href={matrixHref(path, query, { q: "", show: "all" })}
            className="rounded px-2 py-1.5 text-sm text-indigo-700 underline dark:text-indigo-300"
          >
            {t("clearFilter")}
          </Link>
        )}
      </form>
      <p className="text-sm text-slate-700 dark:text-slate-300" role="status" data-testid="matrix-count">
        {pages === 1
          ? t("showing", { shown: rows.length, count: data.members.length })
          : matching.length < data.members.length
            ? t("showingPageOf", { first, last, count: matching.length, all: data.members.length })
            : t("showingPage", { first, last, count: matching.length })}
      </p>
      {pages > 1 && <MatrixPages path={path} query={query} page={page} pages={pages} />}
      <div
        role="region"
        aria-labelledby="matrix-caption"
        // relative: the screen-reader-only text of the cells (absolutely placed) scrolls with them, not past the page.
        // A scrolling region must take the focus, or a keyboard cannot scroll it (WCAG 2.1.1).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        className="relative max-w-full overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
        data-testid="matrix-scroller"
      >
        <table className="min-w-full border-separate border-spacing-0 text-sm tabular-nums" data-testid="cohort-matrix">
          <caption id="matrix-caption" className="sr-only">
            {t("caption", { roadmap: data.roadmap.title })}
          </caption>
          <thead>
            <tr>
              <SortHeader path={path} query={query} sort="name" className={`${STICKY} z-20 min-w-32`}>
                {t("member")}
              </SortHeader>
              <SortHeader path={path} query={query} sort="percent">
                {t("percentColumn")}
              </SortHeader>
              <SortHeader path={path} query={query} sort="pace">
                {t("pace")}
              </SortHeader>
              <SortHeader path={path} query={query} sort="forecast">
                {t("forecast")}
              </SortHeader>
              <SortHeader path={path} query={query} sort="target">
                {t("targetColumn")}
              </SortHeader>
              <SortHeader path={path} query={query} sort="active">
                {t("lastActive")}
              </SortHeader>
              <SortHeader path={path} query={query} sort="stuck">
                {t("stuck")}
              </SortHeader>
              {data.sections.map((section) => {
                const open = column?.sectionId === section.id;
                return [
                  <SortHeader
                    key={section.id}
                    path={path}
                    query={query}
                    sort={`section:${section.id}`}
                    className="min-w-28"
                    extra={
                      <Link
                        href={matrixHref(path, query, { open: open ? null : section.id })}
                        scroll={false}
                        aria-expanded={open}
                        className="mt-1 block w-fit rounded text-xs font-normal text-indigo-700 underline dark:text-indigo-300"
                        data-testid="open-section"
                      >
                        {t.rich(open ? "closeItems" : "showItems", {
                          section: section.title,
                          hidden: (chunks) => <span className="sr-only">{chunks}</span>,
                        })}
                      </Link>
                    }
                  >
                    {section.title}
                  </SortHeader>,
                  ...(open
                    ? column.items.map((item) => (
                        <th
                          key={item.id}
                          scope="col"
                          className={`${TH} min-w-24 bg-indigo-50 text-xs font-normal dark:bg-indigo-950/40`}
                        >
                          {item.title}
                        </th>
                      ))
                    : []),
                ];
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((member) => (
              <tr key={member.userId} data-testid="matrix-row" data-login={member.login}>
                <th scope="row" className={`${STICKY} ${TD} text-start font-medium`}>
                  <span className="block">{member.name ?? member.login}</span>
                  <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">
                    {member.login}
                    {member.role !== "MEMBER" ? ` · ${t("role", { role: member.role })}` : ""}
                  </span>
                </th>
                <td className={TD} data-testid="member-percent">
                  {t("percent", { percent: member.completion.percent })}
                </td>
                <td className={`${TD} whitespace-nowrap`}>{formatPace(p, member.plan.pacePerWeek)}</td>
                <td className={`${TD} whitespace-nowrap`}>{forecastText(member, t, day)}</td>
                <td
                  className={`${TD} whitespace-nowrap ${isBehindTarget(member) ? "font-medium text-amber-800 dark:text-amber-300" : ""}`}
                >
                  {targetText(member, t, day)}
                </td>
                <td className={`${TD} whitespace-nowrap`}>
                  {member.lastActiveAt ? formatDate(member.lastActiveAt, { timeZone, locale }) : t("never")}
                </td>
                <td className={TD} data-testid="member-stuck">
                  {member.stuckItems.length === 0 ? (
                    "0"
                  ) : (
                    <details>
                      <summary className="cursor-pointer font-medium text-amber-800 dark:text-amber-300">
                        {t.rich("stuckOf", {
                          count: member.stuckItems.length,
                          login: member.login,
                          hidden: (chunks) => <span className="sr-only">{chunks}</span>,
                        })}
                      </summary>
                      <ul className="mt-1 min-w-40 list-disc ps-4 text-xs">
                        {member.stuckItems.map((item) => (
                          <li key={item.id}>{item.title}</li>
                        ))}
                      </ul>
                    </details>
                  )}
                </td>
                {member.cells.map((cell) => {
                  const open = column?.sectionId === cell.sectionId;
                  const statuses = open ? column.statuses.get(member.userId) : undefined;
                  return [
                    <td key={cell.sectionId} className={`${TD} p-1`} data-testid="matrix-cell">
                      <span
                        className={`block rounded px-2 py-1 text-center whitespace-nowrap ${cellTone(cell.percent)}`}
                      >
                        {cell.finished}/{cell.total}
                        {cell.inProgress > 0 && (
                          <span className="text-xs"> {t("inProgress", { count: cell.inProgress })}</span>
                        )}
                      </span>
                    </td>,
                    ...(open
                      ? column.items.map((item, index) => {
                          const status = statuses?.[index] ?? "NOT_STARTED";
                          return (
                            <td
                              key={item.id}
                              className={`${TD} bg-indigo-50/50 text-center dark:bg-indigo-950/20`}
                              data-testid="item-status"
                              data-status={status}
                            >
                              <span aria-hidden="true">{STATUS_MARK[status]}</span>
                              <span className="sr-only">{statusLabel(status)}</span>
                            </td>
                          );
                        })
                      : []),
                  ];
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="flex flex-wrap items-center gap-2 text-xs text-slate-700 dark:text-slate-300">
        <span>{t("cellsLegend")}</span>
        {CELL_LEGEND.map((entry) => (
          <span key={entry.label} className={`rounded px-2 py-0.5 ${cellTone(entry.percent)}`}>
            {t(entry.label)}
          </span>
        ))}
        {column && <span>{t("itemsLegend")}</span>}
      </p>
    </div>
  );
}

/** Links to the other pages of rows, kept with the sort, filter and open section. */
function MatrixPages({ path, query, page, pages }: { path: string; query: MatrixQuery; page: number; pages: number }) {
  const t = useTranslations("CohortMatrix");
  const link = "rounded px-2 py-1 text-sm text-indigo-700 underline dark:text-indigo-300";
  return (
    <nav aria-label={t("pages")} data-testid="matrix-pages">
      <ul className="flex flex-wrap items-center gap-1">
        {page > 1 && (
          <li>
            <Link href={matrixHref(path, query, { page: page - 1 })} className={link} rel="prev">
              {t("previous")}
            </Link>
          </li>
        )}
        {Array.from({ length: pages }, (_, index) => index + 1).map((number) => (
          <li key={number}>
            {number === page ? (
              <span
                aria-current="page"
                className="rounded bg-indigo-100 px-2 py-1 text-sm font-medium dark:bg-indigo-900"
              >
                {number}
              </span>
            ) : (
              <Link href={matrixHref(path, query, { page: number })} className={link}>
                <span className="sr-only">{t("page")} </span>
                {number}
              </Link>
            )}
          </li>
        ))}
        {page < pages && (
          <li>
            <Link href={matrixHref(path, query, { page: page + 1 })} className={link} rel="next">
              {t("next")}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
