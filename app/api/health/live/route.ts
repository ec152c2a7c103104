export const dynamic = "force-dynamic";

/** Alive: the process answers. Touches nothing else, so a database outage never gets it restarted. */
export function GET() {
  return Response.json({ ok: true }, { headers: { "cache-control": "no-store" } });
}
