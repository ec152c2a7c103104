import { IMPORT_LIMITS } from "./import-limits";
import { RoadmapParseError } from "./parsed-roadmap";
import { roadmapProblem, type ProblemArguments, type ProblemCode, type RoadmapProblem } from "./problem-messages";

/**
 * The problems of one file, in line order. Once there are more than
 * IMPORT_LIMITS.problems, the file is read no further: a learner fixes the
 * first ones first, and a hostile file costs no more than that.
 */
export class ProblemList {
  private readonly problems: RoadmapProblem[] = [];
  private overflowed = false;

  add<C extends ProblemCode>(line: number, code: C, ...values: ProblemArguments<C>): void {
    if (this.problems.length < IMPORT_LIMITS.problems) this.problems.push(roadmapProblem(line, code, ...values));
    else this.overflowed = true;
  }

  /** A problem made elsewhere (a link's address, see link-address.ts). */
  push(problem: RoadmapProblem): void {
    if (this.problems.length < IMPORT_LIMITS.problems) this.problems.push(problem);
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
      sorted.push(roadmapProblem(sorted.at(-1)!.line, "moreProblems", { limit: IMPORT_LIMITS.problems }));
    }
    throw new RoadmapParseError(sorted);
  }
}
