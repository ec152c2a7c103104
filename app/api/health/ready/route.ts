import { checkReadiness } from "@/server/services/health";

export const dynamic = "force-dynamic";

/** Ready to serve: the database answers within a second (503 otherwise); Redis down is reported, not failed. */
export async function GET() {
  const readiness = await checkReadiness();
  return Response.json(readiness, { status: readiness.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
