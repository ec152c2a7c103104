import { NextResponse, type NextRequest } from "next/server";
import { databaseLooksReachable } from "@/server/db/database-health";
import { HSTS, newNonce, pagePolicy, servedOverHttps } from "@/server/start-up/content-security-policy";
import { unavailablePage } from "@/server/start-up/unavailable-page";

/**
 * Runs before every page:
 * - while the database is unreachable, a page would only fail while rendering
 *   (with status 500): it answers a friendly 503 instead (API routes answer for
 *   themselves, GraphQL with SERVICE_UNAVAILABLE);
 * - it gives the page its Content-Security-Policy with a fresh nonce, which
 *   Next.js reads from the request to mark its own scripts, and HSTS over https.
 */
export async function proxy(request: NextRequest) {
  if (!(await databaseLooksReachable())) return unavailablePage();
  const nonce = newNonce();
  const https = servedOverHttps(request.headers.get("x-forwarded-proto"));
  const policy = pagePolicy(nonce, { https });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  headers.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  if (https) response.headers.set("strict-transport-security", HSTS);
  return response;
}

export const config = {
  // Pages only: not the API, not Next's static files, not icons.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
