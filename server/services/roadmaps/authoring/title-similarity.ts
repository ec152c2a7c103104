const ASCII = /^[\x00-\x7f]*$/;

/** Lower case, accents and punctuation runs dropped, spaces collapsed: "Read  Chapters 1–3!" reads "read chapters 1 3". */
export function normaliseTitle(title: string): string {
  // Most titles are ASCII: the Unicode classes are only needed, and only paid for, beyond it.
  if (ASCII.test(title)) {
    return title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  }
  return title
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** A title ready for comparison: its normalised character pairs, sorted (each pair as one number). */
export interface TitleShape {
  normalised: string;
  pairs: Uint32Array;
}

export function titleShape(title: string): TitleShape {
  const normalised = normaliseTitle(title);
  const pairs = new Uint32Array(Math.max(0, normalised.length - 1));
  for (let index = 0; index < pairs.length; index += 1) {
    pairs[index] = (normalised.charCodeAt(index) << 16) | normalised.charCodeAt(index + 1);
  }
  return { normalised, pairs: pairs.sort() };
}

/**
 * How alike two titles read, from 0 to 1: the Sørensen-Dice coefficient of
 * their normalised character pairs, so "chapters 1-3" and "chapters 1-4" score
 * 0.9 and "Goroutines" and "Generics" 0.25. Linear in the titles' length (at
 * most IMPORT_LIMITS.titleLength each): one merge of the two sorted pair lists.
 */
export function shapeSimilarity(a: TitleShape, b: TitleShape): number {
  if (a.normalised === b.normalised) return 1;
  if (a.pairs.length === 0 || b.pairs.length === 0) return 0;
  let shared = 0;
  for (let left = 0, right = 0; left < a.pairs.length && right < b.pairs.length;) {
    if (a.pairs[left] === b.pairs[right]) {
      shared += 1;
      left += 1;
      right += 1;
    } else if (a.pairs[left]! < b.pairs[right]!) left += 1;
    else right += 1;
  }
  return (2 * shared) / (a.pairs.length + b.pairs.length);
}

export function titleSimilarity(a: string, b: string): number {
  return shapeSimilarity(titleShape(a), titleShape(b));
}
