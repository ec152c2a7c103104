import "server-only";

import { BadInputError } from "../../../shared/errors";

/*
 * Cursors of the skill lists, which are ordered by their own keys (a skill's
 * name; an item's roadmap, then its id) rather than pagination.ts's creation
 * time: a cursor is the last row's key, as opaque base64url JSON.
 */

export function encodeKeyCursor(key: readonly (string | boolean)[]): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

/** The key of a cursor of this list (`shape` says each part's type), or BAD_USER_INPUT. */
export function decodeKeyCursor<T extends readonly ("string" | "boolean")[]>(
  cursor: string,
  shape: T,
): { [K in keyof T]: T[K] extends "string" ? string : boolean } {
  try {
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (
      Array.isArray(key) &&
      key.length === shape.length &&
      key.every((part, index) => typeof part === shape[index] && (typeof part !== "string" || part.length <= 300))
    ) {
      return key as { [K in keyof T]: T[K] extends "string" ? string : boolean };
    }
  } catch {
    // Not base64url JSON: the same answer as any other foreign cursor.
  }
  throw new BadInputError("`after` is not a cursor of this list.", {
    fields: { after: "is not a cursor of this list" },
  });
}
