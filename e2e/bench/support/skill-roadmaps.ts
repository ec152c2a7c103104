import type { Db } from "../../../server/db/client";
import type { WaymarkUnderTest } from "../../support/waymark-under-test";

/** Workload 8's site: 50 roadmaps of 100 items, half of each claiming skills from a pool of 500. */
export const SKILL_ROADMAPS = 50;
export const SKILL_POOL = 500;
const ITEMS = 100;
const CLAIMING = 50;

/**
 * Roadmap `index` of the set: items 0-49 claim skills (index * 50 + j) mod 500, so each
 * skill is claimed on 5 roadmaps; items 50-99 claim none. `withSkills` false writes the same
 * roadmap without claims (the reference: the cost of a roadmap before skills).
 */
export function skillRoadmapMarkdown(index: number, withSkills = true): string {
  const lines = [`# Skill roadmap ${index}`, ""];
  for (let section = 0; section < ITEMS / 25; section += 1) {
    lines.push(`## Section ${section}`, "");
    for (let j = section * 25; j < (section + 1) * 25; j += 1) {
      const skill =
        withSkills && j < CLAIMING ? ` <!-- skill: bench-skill-${(index * CLAIMING + j) % SKILL_POOL} -->` : "";
      lines.push(`- [ ] Item ${index}-${j} [docs](https://example.com/${index}/${j})${skill}`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

/** Saves the 50 roadmaps (slugs skills-0..49) and one without claims (skills-plain); their slugs. */
export async function saveSkillRoadmaps(waymark: WaymarkUnderTest): Promise<{ skilled: string[]; plain: string }> {
  return waymark.inspect(writeSkillRoadmaps);
}

/** The same, written with a database client (a bench that runs the app's services in process). */
export async function writeSkillRoadmaps(db: Db): Promise<{ skilled: string[]; plain: string }> {
  const skilled = Array.from({ length: SKILL_ROADMAPS }, (_, index) => `skills-${index}`);
  const { parseRoadmapMarkdown } = await import("../../../shared/roadmap-markdown/parse-roadmap-markdown");
  const { saveBuiltInRoadmap } = await import("../../../server/services/roadmaps/authoring/save-built-in-roadmap");
  for (const [index, slug] of skilled.entries()) {
    await saveBuiltInRoadmap(db, slug, parseRoadmapMarkdown(skillRoadmapMarkdown(index)));
  }
  await saveBuiltInRoadmap(db, "skills-plain", parseRoadmapMarkdown(skillRoadmapMarkdown(0, false)));
  return { skilled, plain: "skills-plain" };
}

const LEARNER_STATUSES = ["DONE", "IN_PROGRESS", "SKIPPED"] as const;

/**
 * Workload 8's learner: a status on every skill (one item each, on roadmaps 0-9, which between
 * them claim all 500) and a row on every roadmap (so all 50 are followed and receive the copies);
 * the reference roadmap as many statuses as skills-0 shows (its 50 skills and one more). `set`
 * writes one, by whichever way the bench talks to Waymark.
 */
export async function setLearnerStatuses(
  skilledItems: readonly (readonly string[])[],
  plainItems: readonly string[],
  set: (itemId: string, status: (typeof LEARNER_STATUSES)[number]) => Promise<unknown>,
): Promise<void> {
  for (const [index, items] of skilledItems.entries()) {
    const claimed = index < 10 ? items.slice(0, 50) : items.slice(50, 51);
    for (const [n, itemId] of claimed.entries()) await set(itemId, LEARNER_STATUSES[n % 3]!);
  }
  for (const [n, itemId] of plainItems.slice(0, 51).entries()) await set(itemId, LEARNER_STATUSES[n % 3]!);
}
