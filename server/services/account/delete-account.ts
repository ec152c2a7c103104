import "server-only";

import { z } from "zod";
import { db } from "../../db/client";
import { BadInputError } from "../../../shared/errors";
import { retryOnDeadlock } from "../retry-on-deadlock";
import { validate } from "../validate";
import { requireSession, type MaybeViewer } from "../viewer";

export const deleteAccountInput = z.object({ login: z.string().trim().max(100, "is too long") });

/**
 * Deletes the viewer's account and everything Waymark holds about them, once
 * they have typed their login to confirm: profile, GitHub link, sessions (every
 * browser is signed out at once), access tokens (they stop working at once),
 * statuses, history, notes, and the roadmaps they own with everything on them,
 * other learners' progress on those included (their forks stay theirs). One
 * statement: the database's cascades do the rest. Needs a browser session.
 */
export async function deleteAccount(viewer: MaybeViewer, input: unknown): Promise<boolean> {
  const known = requireSession(viewer, "delete your account");
  const { login } = validate(deleteAccountInput, input);
  if (!known.login || login.toLowerCase() !== known.login.toLowerCase()) {
    const message = "type your login exactly to confirm that you want to delete your account";
    throw new BadInputError(`login: ${message}`, { fields: { login: message } });
  }
  // The cascade through their roadmaps can deadlock with followers' writes on them, as a
  // roadmap's deletion can (see retryOnDeadlock): one statement, safe to run again.
  const { count } = await retryOnDeadlock(() => db().user.deleteMany({ where: { id: known.userId } }));
  return count === 1;
}
