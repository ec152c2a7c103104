/*
 * Satori (next/og) draws an Arabic word's letters joined and in the right order,
 * but lays a line's words out left to right whatever their script, and knows
 * no `direction`. A line with right-to-left words is therefore cut here into
 * runs, in reading order, for the card to lay out from the right (a
 * row-reverse flex row that wraps): each right-to-left word is a run, and
 * left-to-right words next to each other (a Latin title, "@login", a number)
 * stay one run, read left to right inside it.
 */

const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const LEFT_TO_RIGHT = /[\p{L}\p{N}]/u;

export function hasRightToLeft(text: string): boolean {
  return RIGHT_TO_LEFT.test(text);
}

type Kind = "rtl" | "ltr" | "neutral";

function kindOf(word: string): Kind {
  if (RIGHT_TO_LEFT.test(word)) return "rtl";
  return LEFT_TO_RIGHT.test(word) ? "ltr" : "neutral";
}

/** The line's runs in reading order (the first is the rightmost). */
export function visualRuns(text: string): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const kinds = words.map(kindOf);
  const runs: string[] = [];
  let ltrRun: string[] | null = null;
  words.forEach((word, index) => {
    const kind = kinds[index];
    // A neutral word (a "·") between two left-to-right ones belongs to their run; otherwise it stands alone.
    const nextStrong = kinds.slice(index + 1).find((next) => next !== "neutral");
    const joinsRun = kind === "ltr" || (kind === "neutral" && ltrRun !== null && nextStrong === "ltr");
    if (joinsRun) {
      if (!ltrRun) {
        ltrRun = [];
        runs.push("");
      }
      ltrRun.push(word);
      runs[runs.length - 1] = ltrRun.join(" ");
      return;
    }
    ltrRun = null;
    runs.push(word);
  });
  return runs;
}
