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

/**
 * freshSharedRead for each key: callers asking for the same key share its
 * reads, on the same terms. A key's entry lives only while a read of it is on
 * its way, so the map holds no more keys than there are reads in flight.
 */
export function freshSharedReadByKey<T>(read: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const readers = new Map<string, { read: () => Promise<T>; waiting: number }>();
  return async (key) => {
    let entry = readers.get(key);
    if (!entry) {
      entry = { read: freshSharedRead(() => read(key)), waiting: 0 };
      readers.set(key, entry);
    }
    entry.waiting += 1;
    try {
      return await entry.read();
    } finally {
      entry.waiting -= 1;
      if (entry.waiting === 0 && readers.get(key) === entry) readers.delete(key);
    }
  };
}
