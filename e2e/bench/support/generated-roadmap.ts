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
