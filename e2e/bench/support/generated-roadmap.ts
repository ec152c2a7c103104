import type { WaymarkUnderTest } from "../../support/waymark-under-test";

/**
 * A roadmap of `items` items in the checklist format: sections of 50, every other
 * item with a child, each with a resource link (the shape of the seed, scaled).
 */
export function generatedRoadmapMarkdown(items: number): string {
  const lines = [`# Generated roadmap of ${items} items`, ""];
  let written = 0;
  for (let section = 0; written < items; section += 1) {
    lines.push(`## Section ${section}`, "");
    for (let index = 0; index < 50 && written < items; index += 1) {
      lines.push(`- [ ] Item ${section}-${index} [docs](https://example.com/${section}/${index})`);
      written += 1;
      if (index % 2 === 0 && written < items) {
        lines.push(`  - [ ] Detail ${section}-${index} [video](https://example.com/v/${section}/${index})`);
        written += 1;
      }
    }
    lines.push("");
  }
  return lines.join("\n");
}

/** Saves a generated roadmap of `items` items as the built-in roadmap `generated-<items>`; its slug. */
export async function saveGeneratedRoadmap(waymark: WaymarkUnderTest, items: number): Promise<string> {
  const slug = `generated-${items}`;
  await waymark.inspect(async (db) => {
    const { parseRoadmapMarkdown } = await import("../../../shared/roadmap-markdown/parse-roadmap-markdown");
    const { saveBuiltInRoadmap } = await import("../../../server/services/roadmaps/authoring/save-built-in-roadmap");
    await saveBuiltInRoadmap(db, slug, parseRoadmapMarkdown(generatedRoadmapMarkdown(items)));
  });
  return slug;
}
