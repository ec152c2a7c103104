import "server-only";

import { z } from "zod";
import { db } from "../../db/client";
import { NotFoundError } from "../../../shared/errors";
import { idSchema } from "../ids";
import { validate } from "../validate";
import { requireSession, type MaybeViewer } from "../viewer";

export const revokeApiTokenInput = z.object({ id: idSchema });

/**
 * Revokes one of the viewer's tokens at once (the next request with it fails).
 * Returns false when it was already revoked; someone else's token is NOT_FOUND,
 * so token ids cannot be probed.
 */
export async function revokeApiToken(viewer: MaybeViewer, input: unknown): Promise<boolean> {
  const { userId } = requireSession(viewer);
  const { id } = validate(revokeApiTokenInput, input);
  const token = await db().apiToken.findFirst({ where: { id, userId }, select: { revokedAt: true } });
  if (!token) throw new NotFoundError(`Token ${id}`);
  const { count } = await db().apiToken.updateMany({
    where: { id, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count === 1;
}
