import "server-only";

import type { NextRequest } from "next/server";
import { viewerFromRequest } from "@/server/auth/viewer-from-request";
import { clientAddress } from "@/server/platform/client-address";
import { apiRateLimiter } from "@/server/platform/cache/rate-limit";
import type { MaybeViewer } from "@/server/services/viewer";

/**
 * Who is asking, charged one request of their budget: a learner's (session or
 * token), else the address's. Bad credentials are refused (UNAUTHENTICATED,
 * never an anonymous answer) and still count, against the address.
 */
export async function identifyCaller(request: NextRequest): Promise<MaybeViewer> {
  const limiter = apiRateLimiter();
  let viewer: MaybeViewer;
  try {
    viewer = await viewerFromRequest(request);
  } catch (error) {
    await limiter.consume(`address:${clientAddress(request)}`);
    throw error;
  }
  await limiter.consume(viewer ? `user:${viewer.userId}` : `address:${clientAddress(request)}`);
  return viewer;
}
