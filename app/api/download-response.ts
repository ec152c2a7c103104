import "server-only";

import { DomainError } from "@/app/lib/shared/errors";

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  RATE_LIMITED: 429,
};

/** A file to download (exports): attachment, never cached, never sniffed. */
export function downloadResponse(body: string, fileName: string, contentType: string): Response {
  return new Response(body, {
    headers: {
      "content-type": contentType,
      "content-disposition": `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]+/g, "-")}"`,
      "cache-control": "no-store",
    },
  });
}

/** A domain error as a plain-text answer with its status; anything else is thrown on (a 500, logged). */
export function downloadError(error: unknown): Response {
  if (error instanceof DomainError) {
    return new Response(`${error.message}\n`, {
      status: STATUS[error.code] ?? 400,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  throw error;
}
