import "server-only";

import type { Prisma } from "../../../db/generated/client";

const GLOBAL_KEY = Symbol.for("waymark.mayReplicate");
type GlobalWithFlag = typeof globalThis & { [GLOBAL_KEY]?: Promise<boolean> };

/**
 * Runs bulk inserts of a save with PostgreSQL's foreign-key triggers off
 * (`session_replication_role = replica`, for the statements of `run` only).
 *
 * Why: on the embedded database (PGlite, PostgreSQL compiled to WebAssembly)
 * the per-row reference checks cost six times the insert itself: 5,000 items
 * take 0.5 s with them and 0.08 s without. Why it is safe: every row these
 * inserts reference (the roadmap, its sections, the parent items) was created
 * in this transaction or belongs to the roadmap whose row the transaction has
 * locked (FOR UPDATE, or created it), and none of them can be deleted without
 * that lock (items and sections only go with their roadmap). The ids come from
 * this code, never from input.
 *
 * Only a superuser may change the setting (PGlite's one user is one; an
 * application's role on a managed PostgreSQL usually is not): otherwise the
 * checks simply stay on.
 */
export async function withoutReferenceChecks<T>(tx: Prisma.TransactionClient, run: () => Promise<T>): Promise<T> {
  const holder = globalThis as GlobalWithFlag;
  holder[GLOBAL_KEY] ??= tx.$queryRaw<
    { super: boolean }[]
  >`SELECT rolsuper AS "super" FROM pg_roles WHERE rolname = current_user`.then(([row]) => row?.super === true);
  if (!(await holder[GLOBAL_KEY])) return run();
  await tx.$executeRaw`SET LOCAL session_replication_role = replica`;
  // On failure the transaction rolls back, and the setting (LOCAL) with it.
  const result = await run();
  await tx.$executeRaw`SET LOCAL session_replication_role = origin`;
  return result;
}
