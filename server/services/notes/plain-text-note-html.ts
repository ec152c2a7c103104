import "server-only";

import type { Element, ElementContent, RootContent } from "hast";
import { toHtml } from "hast-util-to-html";

/**
 * A note as escaped plain text: one paragraph per run of non-blank lines, its
 * line breaks kept as <br>. For notes the renderer refuses (stored before the
 * limits existed, or around the service): no markdown is parsed, so it is
 * linear in the text and cannot fail.
 */
export function plainTextNoteHtml(markdown: string): string {
  const paragraphs: string[][] = [];
  let current: string[] | null = null;
  for (const line of markdown.split(/\r\n|\r|\n/)) {
    if (line.trim() === "") {
      current = null;
    } else if (current) {
      current.push(line);
    } else {
      current = [line];
      paragraphs.push(current);
    }
  }
  const children: RootContent[] = paragraphs.flatMap((lines, index) => [
    ...(index > 0 ? [{ type: "text" as const, value: "\n" }] : []),
    paragraph(lines),
  ]);
  return toHtml({ type: "root", children });
}

function paragraph(lines: readonly string[]): Element {
  const children: ElementContent[] = lines.flatMap((line, index): ElementContent[] =>
    index === 0
      ? [{ type: "text", value: line }]
      : [
          { type: "element", tagName: "br", properties: {}, children: [] },
          { type: "text", value: `\n${line}` },
        ],
  );
  return { type: "element", tagName: "p", properties: {}, children };
}
