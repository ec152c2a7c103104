import "server-only";

import { DomainError, HTTP_STATUS } from "@/shared/errors";
import { attachmentDisposition } from "./content-disposition";

/** What a downloaded file is called: any text (a roadmap's title), made safe by attachmentDisposition. */
export interface DownloadName {
  name: string;
  extension: string;
  /** When nothing of `name` is usable. */
  fallback: string;
}

/** A file to download (exports): attachment, never cached, never sniffed. */
export function downloadResponse(body: string, file: DownloadName, contentType: string): Response {
  return new Response(body, {
    headers: {
      "content-type": contentType,
      "content-disposition": attachmentDisposition(file.name, file.extension, file.fallback),
      "cache-control": "no-store",
    },
  });
}

/** A domain error as a plain-text answer with its status; anything else is thrown on (a 500, logged). */
export function downloadError(error: unknown): Response {
  if (error instanceof DomainError) {
    return new Response(`${error.message}\n`, {
      status: HTTP_STATUS[error.code],
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  throw error;
}
