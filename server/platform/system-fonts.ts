import "server-only";

import { readFile } from "node:fs/promises";

export interface ImageFont {
  name: string;
  data: ArrayBuffer;
  weight: 400 | 700;
  style: "normal";
}

// Debian's fonts-dejavu-core and fonts-liberation, where other distributions put them too.
const CANDIDATES: { weight: 400 | 700; paths: string[] }[] = [
  {
    weight: 400,
    paths: [
      "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
      "/usr/share/fonts/dejavu/DejaVuSans.ttf",
      "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    ],
  },
  {
    weight: 700,
    paths: [
      "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
      "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
      "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    ],
  },
];

async function firstReadable(paths: string[]): Promise<ArrayBuffer | null> {
  for (const path of paths) {
    try {
      const buffer = await readFile(path);
      return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
    } catch {
      // Not on this machine: try the next.
    }
  }
  return null;
}

let loaded: Promise<ImageFont[]> | undefined;
let loadedCjk: Promise<ImageFont[]> | undefined;

// Debian's fonts-ipafont-gothic (what CI installs for the Japanese screenshots), else the system's
// default Japanese Gothic. Not a font collection (.ttc, as Noto CJK ships): next/og cannot read one.
const CJK_PATHS = [
  "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
  "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
];
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

/**
 * The machine's own sans-serif (DejaVu Sans, else Liberation Sans), regular and
 * bold, for server-drawn images, read from disk once: no network at build or run
 * time. Empty where neither is installed (a slim container): next/og then uses
 * the font it bundles. When `text` holds Japanese (or Chinese) characters, which
 * neither has, a Japanese Gothic is added after them, for those glyphs only
 * (next/og falls back font by font): 6 MB, so read only for the cards that need it.
 */
export async function systemFonts(text = ""): Promise<ImageFont[]> {
  loaded ??= Promise.all(
    CANDIDATES.map(async ({ weight, paths }) => {
      const data = await firstReadable(paths);
      return data ? [{ name: "Waymark Sans", data, weight, style: "normal" as const }] : [];
    }),
  ).then((fonts) => fonts.flat());
  if (!CJK.test(text)) return loaded;
  loadedCjk ??= firstReadable(CJK_PATHS).then((data) =>
    data ? [{ name: "Waymark Sans CJK", data, weight: 400 as const, style: "normal" as const }] : [],
  );
  const [latin, cjk] = await Promise.all([loaded, loadedCjk]);
  return [...latin, ...cjk];
}
