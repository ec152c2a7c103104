import "server-only";

import type { Prisma } from "../../db/generated/client";
import type { CohortRole } from "../../db/generated/enums";
import { NotFoundError } from "../../../shared/errors";

/** A member of the cohort by login (any case); NOT_FOUND when no member has it. */
export async function findMemberByLoginOrThrow(
  client: Prisma.TransactionClient,
  cohortId: string,
  login: string,
): Promise<{ userId: string; role: CohortRole }> {
  const [member] = await client.$queryRaw<{ userId: string; role: CohortRole }[]>`
    SELECT m."userId", m."role" FROM "CohortMember" m JOIN "User" u ON u."id" = m."userId"
    WHERE m."cohortId" = ${cohortId} AND lower(u."login") = lower(${login})`;
  if (!member) throw new NotFoundError(`Member ${login}`);
  return member;
}
