import { describe, expect, it } from "vitest";
import { renderNote } from "./render-note";

describe("renderNote", () => {
  it("renders markdown", () => {
    expect(renderNote("**Read** the [docs](https://example.com)")).toBe(
      '<p><strong>Read</strong> the <a href="https://example.com">docs</a></p>',
    );
  });

  it("keeps footnote links pointing at their notes", () => {
    const html = renderNote("Claim[^1]\n\n[^1]: Source");
    expect(html).toContain('href="#user-content-fn-1"');
    expect(html).toContain('id="user-content-fn-1"');
  });

  it.each([
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    '<a href="javascript:alert(1)">x</a>',
  ])("drops anything executable from %s", (input) => {
    const html = renderNote(input);
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
  });
});
