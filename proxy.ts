import { NextResponse, type NextRequest } from "next/server";
import { databaseLooksReachable } from "@/app/lib/db/database-health";
import { unavailablePage } from "@/app/lib/server/unavailable-page";

/**
 * Runs before every page. While the database is unreachable, a page would only
 * fail while rendering (with status 500); answer with a friendly 503 instead.
 * API routes answer for themselves (GraphQL with SERVICE_UNAVAILABLE).
 */
export async function proxy(_request: NextRequest) {
  if (!(await databaseLooksReachable())) return unavailablePage();
  return NextResponse.next();
}

export const config = {
  // Pages only: not the API, not Next's static files, not icons.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
