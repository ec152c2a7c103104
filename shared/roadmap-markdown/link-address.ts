import { IMPORT_LIMITS } from "./import-limits";

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
export function checkLinkAddress(address: string): { url: URL } | { problem: string } {
  if (address.length > IMPORT_LIMITS.urlLength) {
    return {
      problem: `a link's address may be at most ${IMPORT_LIMITS.urlLength.toLocaleString("en-US")} characters (found ${address.length.toLocaleString("en-US")})`,
    };
  }
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { problem: `"${address.slice(0, 80)}" is not an absolute URL` };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return { problem: `only http and https links are allowed (found ${url.protocol.slice(0, 20)})` };
  }
  if (!WEB_ADDRESS.test(address)) {
    return { problem: `"${address.slice(0, 80)}" is not an absolute URL: write it as http://… or https://…` };
  }
  if (CONTROL.test(address)) return { problem: "a link's address may not contain control characters or tabs" };
  if (address.includes("\\")) return { problem: "a link's address may not contain a backslash (write it as %5C)" };
  return { url };
}
