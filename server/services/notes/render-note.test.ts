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
    // Found by the property test (seed -340338230): the footnote plugin leaves closes without opens.
    "[^1]: >[^1]: \n\n[^1]: >[^1]: \n\n",
    "[^a]: > [^a]: > [^a]: x\n\n> y",
  ])("renders footnote definitions nested in quotes under the same label: %j", (input) => {
    expect(typeof renderNote(input)).toBe("string");
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

// The renderer changed from remark to markdown-it: the HTML keeps the shape remark gave.
describe("renderNote, GFM as remark rendered it", () => {
  it("renders task lists as disabled checkboxes", () => {
    expect(renderNote("- [ ] open\n- [x] done")).toBe(
      '<ul class="contains-task-list">\n' +
        '<li class="task-list-item"><input type="checkbox" disabled> open</li>\n' +
        '<li class="task-list-item"><input type="checkbox" checked disabled> done</li>\n' +
        "</ul>",
    );
  });

  it("renders tables with their alignment", () => {
    expect(renderNote("| a | b |\n|:--|--:|\n| c | d |")).toBe(
      "<table>\n<thead>\n<tr>\n" +
        '<th align="left">a</th>\n<th align="right">b</th>\n' +
        "</tr>\n</thead>\n<tbody>\n<tr>\n" +
        '<td align="left">c</td>\n<td align="right">d</td>\n' +
        "</tr>\n</tbody>\n</table>",
    );
  });

  it("numbers repeated footnote references and links each back", () => {
    const html = renderNote("A[^x] and B[^x]\n\n[^x]: Note");
    expect(html).toContain('id="user-content-fnref-1-2"');
    expect(html).toContain(
      '<a href="#user-content-fnref-1-2" data-footnote-backref="" aria-label="Back to reference 1-2"',
    );
    expect(html).toContain('<section data-footnotes class="footnotes">');
  });

  it("links www. addresses, URLs and e-mail addresses, but not bare domains", () => {
    expect(renderNote("www.example.com https://a.example/b x@example.com example.com")).toBe(
      '<p><a href="http://www.example.com">www.example.com</a> <a href="https://a.example/b">https://a.example/b</a> ' +
        '<a href="mailto:x@example.com">x@example.com</a> example.com</p>',
    );
  });

  it("drops raw HTML blocks whole and keeps code as text", () => {
    expect(renderNote("<div onclick=x>\nhidden\n</div>\n\n`<b>` and\n\n```html\n<script>\n```")).toBe(
      '<p><code>&#x3C;b></code> and</p>\n<pre><code class="language-html">&#x3C;script>\n</code></pre>',
    );
  });

  it("keeps only http(s) images and drops other protocols", () => {
    expect(renderNote('![a *b*](https://example.com/i.png "t") ![x](data:image/png;base64,AAAA)')).toBe(
      '<p><img src="https://example.com/i.png" alt="a b" title="t"> <img alt="x"></p>',
    );
  });
});
