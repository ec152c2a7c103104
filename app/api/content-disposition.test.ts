import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "./content-disposition";

describe("attachmentDisposition", () => {
  it("names the file after the title, words joined by dashes", () => {
    expect(attachmentDisposition("Backend Development Roadmap", "json")).toBe(
      'attachment; filename="Backend-Development-Roadmap.json"',
    );
    expect(attachmentDisposition("  Go: the  hard/parts?  ", "csv")).toBe(
      'attachment; filename="Go-the-hard-parts.csv"',
    );
  });

  it("keeps letters beyond ASCII in filename* (RFC 6266), with an ASCII filename beside it", () => {
    expect(attachmentDisposition("Café Rust", "md")).toBe(
      `attachment; filename="Cafe-Rust.md"; filename*=UTF-8''Caf%C3%A9-Rust.md`,
    );
    expect(attachmentDisposition("学习 Go (2027)", "md")).toBe(
      `attachment; filename="Go-2027.md"; filename*=UTF-8''%E5%AD%A6%E4%B9%A0-Go-2027.md`,
    );
    expect(attachmentDisposition("路线图", "csv", "roadmap")).toBe(
      `attachment; filename="roadmap.csv"; filename*=UTF-8''%E8%B7%AF%E7%BA%BF%E5%9B%BE.csv`,
    );
  });

  it("never lets a quote, a line break or a path through, and bounds the length", () => {
    const header = attachmentDisposition('a"b\r\nSet-Cookie: x=1/../..\\evil', "md");
    expect(header).toBe('attachment; filename="a-b-Set-Cookie-x-1-..-..-evil.md"');
    expect(attachmentDisposition("", "md", "roadmap")).toBe('attachment; filename="roadmap.md"');
    expect(attachmentDisposition("x".repeat(5000), "md").length).toBeLessThan(150);
  });
});
