import { describe, expect, it } from "vitest";
import { NO_FILTERS, visibleItemIds } from "./filter-items";

const tree = [
  {
    id: "sql",
    title: "Understand relational databases",
    children: [{ id: "crud", title: "Learn SQL basics (CRUD)", children: [] }],
  },
  { id: "nosql", title: "Explore NoSQL databases (e.g. MongoDB)", children: [] },
  { id: "cafe", title: "Café culture", children: [] },
];
const statuses: Record<string, "DONE" | "IN_PROGRESS" | "NOT_STARTED"> = { sql: "DONE", crud: "IN_PROGRESS" };
const statusOf = (id: string) => statuses[id] ?? "NOT_STARTED";

describe("visibleItemIds", () => {
  it("shows everything without filters", () => {
    expect(visibleItemIds(tree, statusOf, NO_FILTERS)).toEqual(new Set(["sql", "crud", "nosql", "cafe"]));
  });

  it("matches every word of the query, ignoring case and accents", () => {
    expect(visibleItemIds(tree, statusOf, { ...NO_FILTERS, query: "mongodb EXPLORE" })).toEqual(new Set(["nosql"]));
    expect(visibleItemIds(tree, statusOf, { ...NO_FILTERS, query: "cafe" })).toEqual(new Set(["cafe"]));
  });

  it("keeps a parent as context for a matching child", () => {
    expect(visibleItemIds(tree, statusOf, { ...NO_FILTERS, query: "crud" })).toEqual(new Set(["sql", "crud"]));
  });

  it("hides done items, and shows only items in progress", () => {
    expect(visibleItemIds(tree, statusOf, { ...NO_FILTERS, hideDone: true })).toEqual(
      new Set(["sql", "crud", "nosql", "cafe"]),
    );
    expect(
      visibleItemIds([tree[1]!, { ...tree[0]!, children: [] }], statusOf, { ...NO_FILTERS, hideDone: true }),
    ).toEqual(new Set(["nosql"]));
    expect(visibleItemIds(tree, statusOf, { ...NO_FILTERS, onlyInProgress: true })).toEqual(new Set(["sql", "crud"]));
  });
});
