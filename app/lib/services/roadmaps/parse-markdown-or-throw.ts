import "server-only";

import { BadInputError } from "../../shared/errors";
import { parseRoadmapMarkdown } from "../../shared/roadmap-import/parse-roadmap-markdown";
import { RoadmapParseError, type RoadmapDraft } from "../../shared/roadmap-import/roadmap-draft";

/**
 * The markdown's draft, or BAD_USER_INPUT listing every problem: in the message
 * (one per line, "line N: ..."), and in the error's extensions as `problems`,
 * each with its `line` and `message`, for editors to point at.
 */
export function parseMarkdownOrThrow(markdown: string): RoadmapDraft {
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
