import "server-only";

import type { Prisma } from "../../db/generated/client";
import { BadInputError, NotFoundError } from "../../../shared/errors";
import { hashInviteSecret, inviteSecretIn } from "./invite-secret";

export interface UsableInvite {
  cohortId: string;
  tokenHash: string;
  expiresAt: Date | null;
  maxUses: number | null;
  uses: number;
}

/**
 * The invite of a link (or the secret in it), if it may still be used:
 * BAD_USER_INPUT for text with no secret in it, NOT_FOUND for a secret that is
 * not a cohort's current one (never was, or was rotated away), and a clear
 * BAD_USER_INPUT for one that expired or was used up.
 */
export async function usableInviteOrThrow(client: Prisma.TransactionClient, text: string): Promise<UsableInvite> {
  const invite = await inviteOrThrow(client, text);
  assertInviteUsable(invite);
  return invite;
}

/** The invite of a link or secret, used up or not; see usableInviteOrThrow. */
export async function inviteOrThrow(client: Prisma.TransactionClient, text: string): Promise<UsableInvite> {
  const secret = inviteSecretIn(text);
  if (!secret) {
    const message = "is not an invite link: paste the whole link, or the secret in it (wmi_...)";
    throw new BadInputError(`invite: ${message}`, { fields: { invite: message } });
  }
  const invite = await client.cohortInvite.findUnique({
    where: { tokenHash: hashInviteSecret(secret) },
    select: { cohortId: true, tokenHash: true, expiresAt: true, maxUses: true, uses: true },
  });
  if (!invite) throw new NotFoundError("Invite");
  return invite;
}

/** Refuses an invite that expired or was used up, saying which. */
export function assertInviteUsable(invite: UsableInvite): void {
  if (invite.expiresAt && invite.expiresAt.getTime() <= Date.now()) {
    throw new BadInputError(
      `This invite link expired on ${invite.expiresAt.toISOString().slice(0, 16).replace("T", " ")} UTC; ask for a new one.`,
    );
  }
  if (invite.maxUses !== null && invite.uses >= invite.maxUses) {
    throw new BadInputError("This invite link has been used as many times as it may be; ask for a new one.");
  }
}
