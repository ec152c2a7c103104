import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { freshSharedRead, freshSharedReadByKey } from "./fresh-shared-read";

/** A store whose reads are answered by hand, each with the version current when it was sent. */
function manualStore() {
  let version = 0;
  const pending: { resolve: (value: number) => void; reject: (error: Error) => void; version: number }[] = [];
  return {
    write: () => (version += 1),
    read: () =>
      new Promise<number>((resolve, reject) => {
        pending.push({ resolve, reject, version });
      }),
    answerNext: (fail = false) => {
      const next = pending.shift();
      if (!next) return false;
      if (fail) next.reject(new Error("read failed"));
      else next.resolve(next.version);
      return true;
    },
    get sent() {
      return pending.length;
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("a read shared only by callers that arrived before it was sent", () => {
  it("shares one read among callers waiting together", async () => {
    const store = manualStore();
    const read = freshSharedRead(store.read);
    const first = read();
    const waiting = [read(), read(), read()];
    await settle();
    expect(store.sent).toBe(1); // the others wait for the next read, not a read each
    store.answerNext();
    await settle();
    expect(store.sent).toBe(1);
    store.answerNext();
    expect(await first).toBe(0);
    expect(await Promise.all(waiting)).toEqual([0, 0, 0]);
  });

  it("never answers a caller from a read sent before it asked, whatever the interleaving", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom("call", "write", "answer", "fail"), { minLength: 1, maxLength: 60 }),
        async (steps) => {
          const store = manualStore();
          const read = freshSharedRead(store.read);
          const calls: { askedAt: number; result: Promise<number | "failed"> }[] = [];
          for (const step of steps) {
            if (step === "call")
              calls.push({ askedAt: store.write() - 1, result: read().catch(() => "failed" as const) });
            else if (step === "write") store.write();
            else store.answerNext(step === "fail");
            await settle();
          }
          while (store.answerNext()) await settle();
          await settle();
          for (const call of calls) {
            const result = await call.result;
            // Each call bumps the version as it asks (store.write above), so a fresh read sees at least that.
            if (result !== "failed") expect(result).toBeGreaterThanOrEqual(call.askedAt + 1);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("reads shared per key", () => {
  it("shares a read among callers of one key only, and forgets a key once nobody waits for it", async () => {
    const sent: string[] = [];
    const answers = new Map<string, (value: string) => void>();
    const read = freshSharedReadByKey(
      (key) =>
        new Promise<string>((resolve) => {
          sent.push(key);
          answers.set(key, resolve);
        }),
    );
    const a = [read("a"), read("a")];
    const b = read("b");
    await settle();
    expect(sent).toEqual(["a", "b"]);
    answers.get("a")!("a1");
    answers.get("b")!("b1");
    await settle();
    // The second caller of "a" arrived while the first read was on its way: it waits for the next.
    expect(sent).toEqual(["a", "b", "a"]);
    answers.get("a")!("a2");
    expect(await Promise.all(a)).toEqual(["a1", "a2"]);
    expect(await b).toBe("b1");
    // Nothing waits any more: a new caller starts a new read at once.
    const again = read("a");
    await settle();
    expect(sent).toEqual(["a", "b", "a", "a"]);
    answers.get("a")!("a3");
    expect(await again).toBe("a3");
  });
});
