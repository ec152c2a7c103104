import "server-only";

import type { NextRequest } from "next/server";
import { GRAPHQL_LIMITS } from "../limits";
import { readBodyWithLimit } from "./read-body-with-limit";

export class MalformedBodyError extends Error {}

const JSON_TYPE = /^application\/json\b/i;

/**
 * A POST body, read within the size limit (BodyTooLargeError past it); a JSON
 * one must parse, whatever charset its content type names (MalformedBodyError).
 * Read once here and handed to Apollo parsed: Apollo's own Next.js integration
 * would read it again.
 */
export async function readPostBody(request: NextRequest): Promise<{ body: unknown; json: boolean }> {
  const text = await readBodyWithLimit(request, GRAPHQL_LIMITS.maxBodyBytes, GRAPHQL_LIMITS.maxDrainedBodyBytes);
  if (!JSON_TYPE.test(request.headers.get("content-type") ?? "")) return { body: text, json: false };
  try {
    return { body: JSON.parse(text) as unknown, json: true };
  } catch {
    throw new MalformedBodyError();
  }
}
