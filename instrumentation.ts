// Next.js calls register() once per server start, before it serves requests.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { prepareDatabase } = await import("./app/lib/db/prepare-database");
  try {
    await prepareDatabase();
  } catch (error) {
    // A half-started server would only fail later, request by request.
    console.error(`\nWaymark could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
