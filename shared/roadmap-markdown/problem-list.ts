import { IMPORT_LIMITS } from "./import-limits";
import { RoadmapParseError, type RoadmapProblem } from "./parsed-roadmap";

/**
 * The problems of one file, in line order. Once there are more than
 * IMPORT_LIMITS.problems, the file is read no further: a learner fixes the
 * first ones first, and a hostile file costs no more than that.
 */
export class ProblemList {
  private readonly problems: RoadmapProblem[] = [];
  private overflowed = false;

  add(line: number, message: string): void {
    if (this.problems.length < IMPORT_LIMITS.problems) this.problems.push({ line, message });
    else this.overflowed = true;
  }

  /** More problems than are listed: stop reading. */
  get full(): boolean {
    return this.overflowed;
  }

  get size(): number {
    return this.problems.length;
  }

  /** Throws them all at once, sorted by line, when there are any. */
  throwIfAny(): void {
    if (this.size === 0) return;
    const sorted = [...this.problems].sort((a, b) => a.line - b.line);
    if (this.overflowed) {
      sorted.push({
        line: sorted.at(-1)!.line,
        message: `more problems follow: only the first ${IMPORT_LIMITS.problems} are listed`,
      });
    }
    throw new RoadmapParseError(sorted);
  }
}
