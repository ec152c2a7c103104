import "server-only";

import { LRUCache } from "lru-cache";
import type { AnswerTemplate } from "./answer-templates";

/*
 * Where templates are kept: a shelf per viewer, in one LRU bounded by total
 * size. A shelf holds a viewer's few most recent templates, so one learner
 * sending endless variations of a query (unused variables, aliases) only ever
 * replaces their own, and cannot push everyone else's out. A query whose answer
 * was too large to keep is remembered as such, so its repeats are not cut up
 * again only to be thrown away.
 */

/** Templates kept per viewer: a page, its repeats, a few API scripts. */
const PER_VIEWER = 8;
const TOTAL_BYTES = 64 * 1024 * 1024;
const TOO_LARGE_BYTES = 64;

type Kept = AnswerTemplate | "too-large";

interface Shelf {
  kept: Map<string, Kept>;
  size: number;
}

const GLOBAL_KEY = Symbol.for("waymark.signedInTemplateShelves");
type GlobalWithShelves = typeof globalThis & { [GLOBAL_KEY]?: LRUCache<string, Shelf> };

function shelves(): LRUCache<string, Shelf> {
  const holder = globalThis as GlobalWithShelves;
  holder[GLOBAL_KEY] ??= new LRUCache<string, Shelf>({
    max: 10_000,
    maxSize: TOTAL_BYTES,
    sizeCalculation: (shelf) => Math.max(1, shelf.size),
    ttl: 3600 * 1000,
  });
  return holder[GLOBAL_KEY];
}

const sizeOf = (kept: Kept) => (kept === "too-large" ? TOO_LARGE_BYTES : kept.size);

/** Stores the shelf again, so the LRU counts its new size (or drops it when empty). */
function put(userId: string, shelf: Shelf) {
  shelf.size = [...shelf.kept.values()].reduce((sum, kept) => sum + sizeOf(kept), 0);
  if (shelf.kept.size === 0) shelves().delete(userId);
  else shelves().set(userId, shelf);
}

export function keptFor(userId: string, key: string): Kept | undefined {
  const shelf = shelves().get(userId);
  const kept = shelf?.kept.get(key);
  if (shelf && kept !== undefined) {
    // Most recently used last: the first entry is the one to go.
    shelf.kept.delete(key);
    shelf.kept.set(key, kept);
  }
  return kept;
}

export function keep(userId: string, key: string, kept: Kept): void {
  const shelf = shelves().get(userId) ?? { kept: new Map<string, Kept>(), size: 0 };
  shelf.kept.delete(key);
  shelf.kept.set(key, kept);
  while (shelf.kept.size > PER_VIEWER) shelf.kept.delete(shelf.kept.keys().next().value!);
  put(userId, shelf);
}

/** Forgets `kept` under `key`, unless another request has already kept something newer there. */
export function forget(userId: string, key: string, kept: Kept): void {
  const shelf = shelves().peek(userId);
  if (!shelf || shelf.kept.get(key) !== kept) return;
  shelf.kept.delete(key);
  put(userId, shelf);
}
