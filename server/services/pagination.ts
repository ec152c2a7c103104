import "server-only";

import { z } from "zod";
import { BadInputError } from "../../shared/errors";
import { validate } from "./validate";

/*
 * Relay-style forward pagination for lists that grow with users (the Explore
 * list, a learner's roadmaps, tokens): `first` (0 to 100) and `after`, a cursor
 * from the previous page. Lists are ordered newest first by (createdAt, id), and
 * a cursor is that pair, so a page is one indexed range scan however deep it is,
 * and rows created meanwhile never shift a page.
 */

export const MAX_PAGE_SIZE = 100;

export const pageInput = z.object({
  first: z
    .number()
    .int()
    .min(0, "must be at least 0")
    .max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`)
    .nullish()
    .transform((first) => first ?? 20),
  after: z.string().max(200, "is not a cursor of this list").nullish(),
});

export interface PageRequest {
  first: number;
  after: { createdAt: Date; id: string } | null;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  hasNextPage: boolean;
  /** True when the page starts after a cursor: rows came before it. */
  hasPreviousPage: boolean;
}

export function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id])).toString("base64url");
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [unknown, unknown];
    const createdAt = new Date(String(at));
    if (typeof at === "string" && typeof id === "string" && !Number.isNaN(createdAt.getTime()) && id.length <= 64) {
      return { createdAt, id };
    }
  } catch {
    // Not base64url JSON: the same answer as any other foreign cursor.
  }
  throw new BadInputError("`after` is not a cursor of this list.", {
    fields: { after: "is not a cursor of this list" },
  });
}

export function readPageRequest(input: unknown): PageRequest {
  const { first, after } = validate(pageInput, input);
  return { first, after: after ? decodeCursor(after) : null };
}

/** The Prisma pieces of a page: rows strictly after the cursor, newest first, one more than asked. */
export function pageQuery(request: PageRequest) {
  const { after } = request;
  return {
    where: after
      ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }
      : {},
    orderBy: [{ createdAt: "desc" as const }, { id: "desc" as const }],
    take: request.first + 1,
  };
}

/** The page from rows fetched with pageQuery (one extra row says whether there is a next page). */
export function toPage<Row extends { createdAt: Date; id: string }, T>(
  rows: Row[],
  request: PageRequest,
  node: (row: Row) => T,
): Page<T> {
  const shown = rows.slice(0, request.first);
  return {
    edges: shown.map((row) => ({ cursor: encodeCursor(row), node: node(row) })),
    hasNextPage: rows.length > request.first,
    hasPreviousPage: request.after !== null,
  };
}
