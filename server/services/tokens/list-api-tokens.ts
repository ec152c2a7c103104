import "server-only";

import { db } from "../../db/client";
import { requireSession, type MaybeViewer } from "../viewer";
import { apiTokenRecordSelect, type ApiTokenRecord } from "./api-token-record";

/** The viewer's active tokens, newest first. */
export async function listApiTokens(viewer: MaybeViewer): Promise<ApiTokenRecord[]> {
  const { userId } = requireSession(viewer);
  return db().apiToken.findMany({
    where: { userId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: apiTokenRecordSelect,
  });
}
