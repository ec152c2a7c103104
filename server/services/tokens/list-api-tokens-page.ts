import "server-only";

import { db } from "../../db/client";
import { pageQuery, readPageRequest, toPage, type Page } from "../pagination";
import { requireSession, type MaybeViewer } from "../viewer";
import { apiTokenRecordSelect, type ApiTokenRecord } from "./api-token-record";

/** The viewer's active tokens, newest first, a page at a time (needs a browser session). */
export async function listApiTokensPage(viewer: MaybeViewer, input: unknown): Promise<Page<ApiTokenRecord>> {
  const { userId } = requireSession(viewer);
  const request = readPageRequest(input);
  const page = pageQuery(request);
  const rows = await db().apiToken.findMany({
    where: { AND: [{ userId, revokedAt: null }, page.where] },
    orderBy: page.orderBy,
    take: page.take,
    select: apiTokenRecordSelect,
  });
  return toPage(rows, request, (row) => row);
}
