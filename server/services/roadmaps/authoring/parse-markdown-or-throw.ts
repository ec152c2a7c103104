import "server-only";

import { BadInputError } from "../../../../shared/errors";
import { parseRoadmapMarkdown } from "../../../../shared/roadmap-markdown/parse-roadmap-markdown";
import { RoadmapParseError, type ParsedRoadmap } from "../../../../shared/roadmap-markdown/parsed-roadmap";

/**
 * The markdown's draft, or BAD_USER_INPUT listing every problem: in the message
 * (one per line, "line N: ..."), and in the error's extensions as `problems`,
 * each with its `line` and `message`, for editors to point at.
 */
export function parseMarkdownOrThrow(markdown: string): ParsedRoadmap {
  try {
    return parseRoadmapMarkdown(markdown);
  } catch (error) {
    if (error instanceof RoadmapParseError) {
      const first = error.problems[0]!;
      throw new BadInputError(`The roadmap has problems:\n${error.message}`, {
        problems: error.problems,
        fields: { markdown: `line ${first.line}: ${first.message}` },
      });
    }
    throw error;
  }
}
