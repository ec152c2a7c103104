import "server-only";

/*
 * One read shared by every caller that arrived before it was sent. A read that
 * was already on its way when a caller arrived may have been answered from
 * before a change that caller has to see (a save committed a moment ago), so
 * that caller waits for the next read, which all callers arriving meanwhile
 * share. Each caller thus gets a value read after it asked, and under load the
 * database sees one read per round trip instead of one per caller.
 */
export function freshSharedRead<T>(read: () => Promise<T>): () => Promise<T> {
  let inFlight: Promise<T> | undefined;
  let queued: Promise<T> | undefined;
  const start = (): Promise<T> => {
    const attempt = read();
    inFlight = attempt;
    const settle = () => {
      if (inFlight === attempt) inFlight = undefined;
    };
    attempt.then(settle, settle);
    return attempt;
  };
  return () => {
    if (!inFlight) return start();
    queued ??= inFlight
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        queued = undefined;
        return start();
      });
    return queued;
  };
}
