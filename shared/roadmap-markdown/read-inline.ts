import MarkdownIt, { type Token } from "markdown-it";
import { ANY_SKILL_COMMENT } from "./skill-names";

/*
 * The inline markdown of one line (a title, an item, a resource line): its plain
 * text and its links. markdown-it's inline parser, which runs in linear time
 * (measured by `npm run bench:notes` and `npm run bench:import` on every
 * pathological family), on text the block reader already cut to at most
 * IMPORT_LIMITS.lineChars characters per line.
 */

const parser = new MarkdownIt("default", { html: true, linkify: false, typographer: false });
// Every destination is judged by the importer (only http and https); markdown-it's own
// filter would turn a refused link back into text, and the importer would never see it.
parser.validateLink = () => true;
// The destination as written (escapes and entities decoded), like remark gave it: the
// importer keeps it so (link-address.ts), never normalised.
parser.normalizeLink = (url) => url;
// Escaped characters stay apart from the text around them, so that `\@video@` is not the
// roadmap.sh form and `https\://` is not a bare link: the export escapes those to keep them text.
parser.core.ruler.disable("text_join");

export type References = Record<string, { href: string; title: string }>;

/** Normalises a reference label as markdown-it looks it up. */
export function referenceKey(label: string): string {
  return parser.utils.normalizeReference(label);
}

export interface InlineLink {
  /** The link's text, roadmap.sh's `@type@` prefix removed. */
  text: string;
  url: string;
  /** `video` in `[@video@Title](url)`. */
  roadmapShType: string | null;
}

export interface InlineContent {
  /** Plain text: markup removed, links replaced by their text, HTML left out. */
  text: string;
  /** Text before the first link (a resource line's kind label: `official: [..](..)`). */
  textBeforeFirstLink: string;
  links: InlineLink[];
  /** Every HTML comment that starts like a key pin (`<!-- key: ... -->`), as written. */
  keyComments: string[];
  /** Every HTML comment that starts like a skill claim (`<!-- skill: ... -->`), as written. */
  skillComments: string[];
  /** Every HTML comment that starts like a link's language (`<!-- lang: ... -->`), as written. */
  langComments: string[];
}

const ANY_KEY_COMMENT = /^<!--\s*key\s*:/i;
const ANY_LANG_COMMENT = /^<!--\s*lang\s*:/i;
// roadmap.sh's `@type@`: any word of letters (a longer one is text).
const ROADMAP_SH_TYPE = /^@([a-z]{1,30})@/i;
// GFM's autolink literal, for http(s) only: up to whitespace or `<`; trailing punctuation trimmed below.
const BARE_URL = /\bhttps?:\/\/[^\s<]+/g;

export function readInline(source: string, references: References): InlineContent {
  const [inline] = parser.parseInline(source, { references });
  const tokens = inline?.children ?? [];
  const content: InlineContent = {
    text: "",
    textBeforeFirstLink: "",
    links: [],
    keyComments: [],
    skillComments: [],
    langComments: [],
  };
  let link: { url: string; tokens: Token[] } | null = null;
  for (const token of tokens) {
    if (link) {
      if (token.type === "link_close") {
        content.links.push(finishLink(link.url, link.tokens));
        content.text += plainText(link.tokens, true);
        link = null;
      } else link.tokens.push(token);
      continue;
    }
    if (token.type === "link_open") {
      if (content.links.length === 0) content.textBeforeFirstLink = content.text;
      link = { url: String(token.attrGet("href") ?? ""), tokens: [] };
    } else if (token.type === "html_inline") {
      const comment = token.content.trim();
      if (ANY_KEY_COMMENT.test(comment)) content.keyComments.push(comment);
      else if (ANY_SKILL_COMMENT.test(comment)) content.skillComments.push(comment);
      else if (ANY_LANG_COMMENT.test(comment)) content.langComments.push(comment);
    } else if (token.type === "text") {
      for (const url of bareUrls(token.content)) {
        if (content.links.length === 0) content.textBeforeFirstLink = content.text + token.content.slice(0, url.index);
        content.links.push({ text: url.text, url: url.text, roadmapShType: null });
      }
      content.text += token.content;
    } else content.text += plainText([token], false);
  }
  if (content.links.length === 0) content.textBeforeFirstLink = content.text;
  return content;
}

function finishLink(url: string, tokens: Token[]): InlineLink {
  // roadmap.sh's `@type@` is only the form when written plainly at the start of the text.
  const first = tokens[0];
  const type = first?.type === "text" ? ROADMAP_SH_TYPE.exec(first.content) : null;
  return { text: plainText(tokens, true).trim(), url, roadmapShType: type ? type[1]!.toLowerCase() : null };
}

/** What mdast's toString gave: text, code and image descriptions; no HTML, no markup. */
function plainText(tokens: Token[], insideLink: boolean): string {
  let text = "";
  tokens.forEach((token, index) => {
    if (token.type === "text") {
      text += insideLink && index === 0 ? token.content.replace(ROADMAP_SH_TYPE, "") : token.content;
    } else if (token.type === "text_special" || token.type === "code_inline" || token.type === "image") {
      text += token.content;
    } else if (token.type === "softbreak" || token.type === "hardbreak") text += "\n";
  });
  return text;
}

function* bareUrls(text: string): Generator<{ index: number; text: string }> {
  for (const match of text.matchAll(BARE_URL)) {
    const url = match[0];
    let open = 0;
    let close = 0;
    for (const char of url) {
      if (char === "(") open += 1;
      else if (char === ")") close += 1;
    }
    // Trailing punctuation ends a sentence, not the URL; a `)` only closes one opened inside it.
    let end = url.length;
    for (;;) {
      const last = url[end - 1]!;
      if (".,:;!?\"'*_~".includes(last)) end -= 1;
      else if (last === ")" && close > open) {
        end -= 1;
        close -= 1;
      } else break;
    }
    yield { index: match.index, text: url.slice(0, end) };
  }
}
