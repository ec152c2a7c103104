// Next.js calls register() once per server start, before it serves requests.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startUpOrExit } = await import("./server/start-up/start-up");
  await startUpOrExit();
}
