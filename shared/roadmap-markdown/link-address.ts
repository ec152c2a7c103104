import { IMPORT_LIMITS } from "./import-limits";
import { roadmapProblem, type RoadmapProblem } from "./problem-messages";

const WEB_ADDRESS = /^https?:\/\//i;
// C0 and C1 control characters: a URL parser drops or encodes them, so the address
// a browser would follow would not be the one stored.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * A link's address, checked and kept exactly as written (never normalised, so
 * that an export writes back what the author wrote): an absolute http(s) URL
 * that a URL parser accepts, at most IMPORT_LIMITS.urlLength characters, with
 * no control character and no backslash (which browsers read as `/`). The
 * parsed URL is returned for what the importer reads from it (its host); the
 * problem to report otherwise.
 */
export function checkLinkAddress(address: string): { url: URL } | { problem: (line: number) => RoadmapProblem } {
  if (address.length > IMPORT_LIMITS.urlLength) {
    return {
      problem: (line) =>
        roadmapProblem(line, "addressTooLong", { limit: IMPORT_LIMITS.urlLength, found: address.length }),
    };
  }
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { problem: (line) => roadmapProblem(line, "notAbsoluteUrl", { address: address.slice(0, 80) }) };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return { problem: (line) => roadmapProblem(line, "schemeNotAllowed", { scheme: url.protocol.slice(0, 20) }) };
  }
  if (!WEB_ADDRESS.test(address)) {
    return { problem: (line) => roadmapProblem(line, "writeAsWebAddress", { address: address.slice(0, 80) }) };
  }
  if (CONTROL.test(address)) return { problem: (line) => roadmapProblem(line, "addressControlCharacters") };
  if (address.includes("\\")) return { problem: (line) => roadmapProblem(line, "addressBackslash") };
  return { url };
}
