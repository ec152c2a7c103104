import { checkReadiness } from "@/server/services/health";

export const dynamic = "force-dynamic";

/** The original health check, kept for those who use it: readiness as `{ ok, database }`. */
export async function GET() {
  const { ok, database } = await checkReadiness();
  return Response.json({ ok, database }, { status: ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
