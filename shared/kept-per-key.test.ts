import { describe, expect, it } from "vitest";
import { keptPerKey } from "./kept-per-key";

describe("keptPerKey", () => {
  it("makes a key's value once, null included, and never keeps more than its bound", () => {
    const made: string[] = [];
    const kept = keptPerKey<string | null>(3);
    const get = (key: string) =>
      kept(key, () => {
        made.push(key);
        return key === "none" ? null : key.toUpperCase();
      });
    expect([get("a"), get("a"), get("none"), get("none")]).toEqual(["A", "A", null, null]);
    expect(made).toEqual(["a", "none"]);
    get("b");
    get("c"); // a fourth key: the three kept are dropped, c is kept alone
    get("b");
    expect(made).toEqual(["a", "none", "b", "c", "b"]);
  });

  it("keeps nothing for a key whose value cannot be made", () => {
    const kept = keptPerKey<number>(4);
    expect(() =>
      kept("bad", () => {
        throw new RangeError("no");
      }),
    ).toThrow(RangeError);
    expect(kept("bad", () => 1)).toBe(1);
  });
});
