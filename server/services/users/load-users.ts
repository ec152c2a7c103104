import "server-only";

import { db } from "../../db/client";

export interface UserProfile {
  id: string;
  login: string | null;
  name: string | null;
  image: string | null;
  role: "LEARNER" | "ADMIN";
  /** The interface language the user chose; null: follow the browser. */
  locale: string | null;
}

/** Public profile fields of several users (the GraphQL user loader's batch). */
export async function loadUsers(ids: readonly string[]): Promise<(UserProfile | null)[]> {
  const rows = await db().user.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, login: true, name: true, image: true, role: true, locale: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
}
