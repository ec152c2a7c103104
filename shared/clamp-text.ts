/**
 * `text` cut to at most `max` characters (code points, so no emoji is split),
 * at a word's end where one is near, with an ellipsis: for places of a fixed
 * size, such as a link-preview card, that a learner's text must not overflow.
 */
export function clampText(text: string, max: number): string {
  const characters = Array.from(text.trim());
  if (characters.length <= max) return characters.join("");
  const cut = characters.slice(0, max - 1).join("");
  const wordEnd = cut.search(/\s+\S*$/);
  const shorter = wordEnd >= (max * 2) / 3 ? cut.slice(0, wordEnd) : cut;
  return `${shorter.replace(/[\s.,;:!?-]+$/, "")}…`;
}
