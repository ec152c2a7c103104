import { describe, expect, it } from "vitest";
import { plainTextNoteHtml } from "./plain-text-note-html";
import { renderNoteOrPlainText } from "./render-note-or-plain-text";

describe("plainTextNoteHtml", () => {
  it("escapes everything and keeps paragraphs and line breaks, whatever the line ends", () => {
    expect(plainTextNoteHtml("> a <script>\r\n**b** &amp;\r\n\r\n\n- c\rd")).toBe(
      "<p>> a &#x3C;script><br>\n**b** &#x26;amp;</p>\n<p>- c<br>\nd</p>",
    );
    expect(plainTextNoteHtml("")).toBe("");
  });
});

describe("renderNoteOrPlainText", () => {
  it("renders a note within the limits as markdown", () => {
    expect(renderNoteOrPlainText("**a**")).toBe("<p><strong>a</strong></p>");
  });

  it("shows a note past the limits as escaped text instead of throwing", () => {
    expect(renderNoteOrPlainText(`${"> ".repeat(9)}*a*`)).toBe(`<p>${"> ".repeat(9)}*a*</p>`);
    expect(renderNoteOrPlainText("x".repeat(20_000))).toBe(`<p>${"x".repeat(20_000)}</p>`);
  });
});
