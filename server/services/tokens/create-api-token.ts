import "server-only";

import { z } from "zod";
import { db } from "../../db/client";
import { TokenScope } from "../../db/generated/enums";
import { BadInputError } from "../../../shared/errors";
import { validate } from "../validate";
import { requireSession, type MaybeViewer } from "../viewer";
import { apiTokenRecordSelect, type ApiTokenRecord } from "./api-token-record";
import { hashTokenSecret, newTokenSecret, tokenPrefix } from "./token-secret";

export const MAX_ACTIVE_TOKENS = 50;

export const createApiTokenInput = z.object({
  name: z.string().trim().min(1, "is required").max(100, "must be at most 100 characters"),
  scopes: z
    .array(z.enum(TokenScope))
    .min(1, "needs at least one scope")
    .transform((scopes) => [...new Set(scopes)]),
});

/** Creates a personal access token; the secret is returned this once and only its hash is kept. */
export async function createApiToken(
  viewer: MaybeViewer,
  input: unknown,
): Promise<{ token: string; apiToken: ApiTokenRecord }> {
  const { userId } = requireSession(viewer);
  const { name, scopes } = validate(createApiTokenInput, input);
  const active = await db().apiToken.count({ where: { userId, revokedAt: null } });
  if (active >= MAX_ACTIVE_TOKENS) {
    throw new BadInputError(`You already have ${MAX_ACTIVE_TOKENS} active tokens; revoke one first.`);
  }
  const token = newTokenSecret();
  const apiToken = await db().apiToken.create({
    data: { userId, name, scopes, tokenHash: hashTokenSecret(token), prefix: tokenPrefix(token) },
    select: apiTokenRecordSelect,
  });
  return { token, apiToken };
}
