import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

// remark-rehype already prefixes the ids it makes (footnotes) with "user-content-",
// links included, and drops raw HTML; a second prefix from rehype-sanitize would
// leave footnote links pointing at ids that do not exist.
const renderer = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, { ...defaultSchema, clobberPrefix: "" })
  .use(rehypeStringify);

// Notes render on every read; the same text renders the same, so keep recent results.
const cache = new Map<string, string>();
const CACHE_SIZE = 500;

/**
 * A learner's markdown note as HTML that is safe to insert into the page: raw
 * HTML in the note is dropped (remark-rehype) and the result is sanitised with
 * GitHub's allow-list (rehype-sanitize), so no script or handler survives.
 */
export function renderNote(markdown: string): string {
  const hit = cache.get(markdown);
  if (hit !== undefined) return hit;
  const html = String(renderer.processSync(markdown));
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(markdown, html);
  return html;
}
