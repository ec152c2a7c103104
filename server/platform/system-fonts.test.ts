import { existsSync } from "node:fs";
import { ImageResponse } from "next/og";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { systemFonts } from "./system-fonts";

/*
 * Server-drawn cards (Open Graph, badges' neighbours) in Japanese: DejaVu has no
 * Japanese glyphs, so a card whose text holds them gets the machine's Japanese
 * Gothic after it, and draws the characters instead of empty boxes.
 */

const JAPANESE_FONT = "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf";

async function png(text: string, fonts: Awaited<ReturnType<typeof systemFonts>>): Promise<Buffer> {
  const card = createElement("div", { style: { display: "flex", fontSize: 64, background: "white" } }, text);
  const response = new ImageResponse(card, { width: 600, height: 120, fonts });
  return Buffer.from(await response.arrayBuffer());
}

describe("fonts for server-drawn images", () => {
  it("reads the Japanese font only for text that needs it", async () => {
    const latin = await systemFonts("Backend Development Roadmap");
    expect(latin.map((font) => font.name)).not.toContain("Waymark Sans CJK");
    expect(await systemFonts("Backend, 12 %")).toBe(await systemFonts("Backend, 12 %"));
  });

  it.runIf(existsSync(JAPANESE_FONT))(
    "draws Japanese characters with it, not empty boxes",
    async () => {
      const title = "バックエンド開発ロードマップ";
      const other = "日本語で学ぶバックエンドの道";
      expect([...other]).toHaveLength([...title].length);
      const fonts = await systemFonts(title);
      expect(fonts.at(-1)?.name).toBe("Waymark Sans CJK");
      // Drawn as boxes, two titles of as many characters would make the same picture; drawn with
      // glyphs, they differ. (Not drawn without the font here: next/og would try to download one.)
      expect((await png(title, fonts)).equals(await png(other, fonts))).toBe(false);
    },
    30_000,
  );
});
