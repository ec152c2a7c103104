import type { ItemStatus } from "@/graphql/generated/client/graphql";

export interface Filters {
  query: string;
  hideDone: boolean;
  onlyInProgress: boolean;
}

export const NO_FILTERS: Filters = { query: "", hideDone: false, onlyInProgress: false };

interface TreeItem {
  id: string;
  title: string;
  children: TreeItem[];
}

function normalise(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/**
 * The ids of items to show. An item shows when it passes every filter, or when
 * one of its descendants does (as context for it). Search matches every word
 * of the query anywhere in the title, ignoring case and accents.
 */
export function visibleItemIds(items: TreeItem[], statusOf: (id: string) => ItemStatus, filters: Filters): Set<string> {
  const words = normalise(filters.query).split(/\s+/).filter(Boolean);
  const visible = new Set<string>();
  const passes = (item: TreeItem) => {
    const status = statusOf(item.id);
    if (filters.hideDone && status === "DONE") return false;
    if (filters.onlyInProgress && status !== "IN_PROGRESS") return false;
    const title = normalise(item.title);
    return words.every((word) => title.includes(word));
  };
  const walk = (item: TreeItem): boolean => {
    const childShown = item.children.map(walk).some(Boolean);
    const shown = passes(item) || childShown;
    if (shown) visible.add(item.id);
    return shown;
  };
  items.forEach(walk);
  return visible;
}

export function isFiltering(filters: Filters): boolean {
  return filters.query.trim() !== "" || filters.hideDone || filters.onlyInProgress;
}
