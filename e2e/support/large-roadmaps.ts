/*
 * A generated 5,000-item roadmap (50 sections of 100 items: 67 top-level items
 * each, a child under every other one; one or two links per item, keys pinned
 * on every tenth), and an edited version of it with a few changes: five pinned
 * items renamed, three moved to another section, two added, two retired. For
 * the import benchmark and the tests of large saves.
 */

const SECTIONS = 50;
const PER_SECTION = 100;

function sectionLines(section: number, edit: boolean): string[] {
  const lines = [`## Section ${section}`, ""];
  let items = 0;
  for (let top = 0; items < PER_SECTION; top += 1) {
    const id = `${section}-${top}`;
    const pinned = top % 10 === 0;
    // Edited: items 0 of the first five sections renamed (their keys are pinned).
    const title = edit && pinned && top === 0 && section < 5 ? `Renamed item ${id}` : `Item ${id}`;
    // Edited: item 3 of sections 10-12 moved to the end of the last section; item 5 of sections 20-21 retired.
    const moved = edit && top === 3 && section >= 10 && section < 13;
    const retired = edit && top === 5 && (section === 20 || section === 21);
    if (!moved && !retired) {
      lines.push(`- [ ] ${title} [docs](https://example.com/${id})${pinned ? ` <!-- key: k-${id} -->` : ""}`);
      if (top % 3 === 0) lines.push(`  - video: [talk ${id}](https://youtube.com/watch?v=${id})`);
    }
    items += 1;
    if (top % 2 === 0 && items < PER_SECTION) {
      if (!moved && !retired) lines.push(`  - [ ] Child of ${id} [ref](https://example.com/c/${id})`);
      items += 1;
    }
  }
  if (edit && section === SECTIONS - 1) {
    for (const from of [10, 11, 12]) lines.push(`- [ ] Item ${from}-3 [docs](https://example.com/${from}-3)`);
    lines.push("- [ ] A new item", "- [ ] Another new item");
  }
  lines.push("");
  return lines;
}

export function generatedChecklist(): string {
  return ["# Generated roadmap", "", ...Array.from({ length: SECTIONS }, (_, s) => sectionLines(s, false)).flat()].join(
    "\n",
  );
}

export function editedChecklist(): string {
  return ["# Generated roadmap", "", ...Array.from({ length: SECTIONS }, (_, s) => sectionLines(s, true)).flat()].join(
    "\n",
  );
}
