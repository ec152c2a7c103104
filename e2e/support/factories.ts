import { randomBytes } from "node:crypto";
import type { Db } from "../../server/db/client";
import type { Role, TokenScope } from "../../server/db/generated/enums";
import type { Viewer } from "../../server/services/viewer";

/** Unique per call, so tests never see each other's data. */
export function uniqueLogin(prefix = "learner"): string {
  return `${prefix}-${randomBytes(4).toString("hex")}`;
}

export async function createUser(client: Db, options: { login?: string; role?: Role } = {}) {
  const login = options.login ?? uniqueLogin();
  return client.user.create({
    data: { login, name: `${login} (test)`, email: `${login}@example.test`, role: options.role ?? "LEARNER" },
    select: { id: true, login: true, role: true },
  });
}

/** A database session row, as Auth.js writes it after a GitHub sign-in. */
export async function createSession(client: Db, userId: string, days = 1): Promise<string> {
  const sessionToken = randomBytes(32).toString("hex");
  await client.session.create({ data: { sessionToken, userId, expires: new Date(Date.now() + days * 86_400_000) } });
  return sessionToken;
}

export function sessionViewerOf(user: { id: string; login: string | null; role: Role }): Viewer {
  return {
    userId: user.id,
    login: user.login,
    role: user.role,
    via: "session",
    scopes: ["READ_PROGRESS", "WRITE_PROGRESS", "WRITE_ROADMAPS", "COHORTS"],
  };
}

export function tokenViewerOf(user: { id: string; login: string | null; role: Role }, scopes: TokenScope[]): Viewer {
  return { userId: user.id, login: user.login, role: user.role, via: "token", scopes };
}
