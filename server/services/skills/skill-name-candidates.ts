import { isSkillName } from "../../../shared/roadmap-markdown/skill-names";

/** Words of a title read for candidate names: the first 40 (a title has at most 300 characters). */
const MAX_WORDS = 40;
/** Runs of up to this many adjacent words make a name ("ci cd" gives `ci-cd`, "web security" `web-security`). */
const MAX_RUN = 3;

/**
 * The skill names an item's title could stand for: each word, each run of two
 * or three adjacent words joined by dashes, and the whole title, written as a
 * skill name is (lowercase letters and digits, accents dropped). "Learn Git
 * basics" gives git, learn-git, git-basics… At most 3 × 40 + 1 names, each a
 * well-formed skill name: the suggestions look each one up by primary key.
 */
export function skillNameCandidates(title: string): string[] {
  const words = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, MAX_WORDS);
  const names = new Set<string>();
  for (let start = 0; start < words.length; start += 1) {
    for (let length = 1; length <= MAX_RUN && start + length <= words.length; length += 1) {
      names.add(words.slice(start, start + length).join("-"));
    }
  }
  names.add(words.join("-"));
  return [...names].filter(isSkillName);
}
