import { expect, test } from "@playwright/test";

/**
 * What one probe did, in the suite's common terms: requests `tried`, `refused`
 * as they should be (a limit, a 503 during an outage, an authorization error),
 * `errors` (anything that should not happen: a 5xx other than a deliberate 503,
 * INTERNAL_SERVER_ERROR, a body that is not GraphQL JSON, a wrong answer) and
 * writes `lost` (acknowledged, then missing). Printed as one line and attached to
 * the report; the probe fails on any error or loss.
 */
export class ProbeSummary {
  tried = 0;
  refused = 0;
  lost = 0;
  readonly errors: string[] = [];
  readonly notes: string[] = [];

  constructor(readonly probe: string) {}

  error(what: string) {
    this.errors.push(what);
  }

  note(what: string) {
    this.notes.push(what);
  }

  line(): string {
    const notes = this.notes.length > 0 ? `; ${this.notes.join("; ")}` : "";
    return `probe ${this.probe}: tried ${this.tried}, refused ${this.refused}, errors ${this.errors.length}, lost ${this.lost}${notes}`;
  }

  /** Prints the line, attaches it, and fails the test on any error or loss (listing the first errors). */
  async finish() {
    console.log(this.line());
    await test.info().attach(`${this.probe}.txt`, {
      body: [this.line(), ...this.errors.slice(0, 50)].join("\n"),
      contentType: "text/plain",
    });
    expect(this.errors.slice(0, 20), `${this.probe}: errors`).toEqual([]);
    expect(this.lost, `${this.probe}: acknowledged writes lost`).toBe(0);
  }
}
