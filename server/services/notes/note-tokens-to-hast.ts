import "server-only";

import type { Element, ElementContent, Properties, Root, Text } from "hast";
import type { Token } from "markdown-it";

type Parent = Root | Element;

const TASK_MARKER = /^\[([ xX])\](?=[ \t]|$)/;
// What GFM autolinks without angle brackets: a scheme, www., or an e-mail address.
const GFM_AUTOLINK = /^(?:[a-z][a-z0-9+.-]*:|www\.|[^\s@]+@)/i;

const text = (value: string): Text => ({ type: "text", value });
const element = (tagName: string, properties: Properties = {}, children: ElementContent[] = []): Element => ({
  type: "element",
  tagName,
  properties,
  children,
});

/**
 * markdown-it's tokens as a hast tree in the shape remark-rehype gave (GFM
 * footnotes with `user-content-` ids, task-list checkboxes, table `align`,
 * `language-` classes), for the sanitiser. Raw HTML is dropped, as before.
 * Iterative, with explicit stacks, and linear in the number of tokens.
 */
export function noteTokensToHast(tokens: readonly Token[]): Root {
  const root: Root = { type: "root", children: [] };
  const stack: Parent[] = [root];
  const withBlocks = new WeakSet<Parent>();
  const top = () => stack[stack.length - 1]!;
  const appendBlock = (node: Element) => {
    const parent = top();
    // Newlines between blocks, as remark-rehype wrote them: the same page, readable HTML.
    if (parent.type === "element" || parent.children.length > 0) parent.children.push(text("\n"));
    parent.children.push(node);
    withBlocks.add(parent);
  };
  const open = (node: Element) => {
    appendBlock(node);
    stack.push(node);
  };
  const close = () => {
    // markdown-it-footnote can leave a close without its open (a definition inside
    // a quote inside a definition of the same label moves the opens away): the
    // root is never closed, so such a close is ignored.
    if (stack.length === 1) return;
    const node = stack.pop()!;
    if (node.type === "element" && withBlocks.has(node) && node !== top()) node.children.push(text("\n"));
  };
  let task: boolean | null = null;

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    switch (token.type) {
      case "paragraph_open":
        // Tight lists hide their paragraphs: the text goes straight into the list item.
        if (token.hidden) stack.push(top());
        else open(element("p"));
        break;
      case "heading_open":
      case "blockquote_open":
      case "bullet_list_open":
      case "table_open":
      case "thead_open":
      case "tbody_open":
      case "tr_open":
        open(element(token.tag));
        break;
      case "ordered_list_open": {
        const start = Number(token.attrGet("start") ?? 1);
        open(element("ol", start === 1 ? {} : { start }));
        break;
      }
      case "list_item_open": {
        task = taskMarker(tokens, index);
        const list = top();
        if (task !== null && list.type === "element") list.properties.className = ["contains-task-list"];
        open(element("li", task === null ? {} : { className: ["task-list-item"] }));
        break;
      }
      case "th_open":
      case "td_open": {
        const align = String(token.attrGet("style") ?? "").replace("text-align:", "");
        open(element(token.tag, align ? { align } : {}));
        break;
      }
      case "fence":
      case "code_block": {
        const language = token.type === "fence" ? token.info.trim().split(/\s/)[0] : "";
        const code = element("code", language ? { className: [`language-${language}`] } : {}, [text(token.content)]);
        appendBlock(element("pre", {}, [code]));
        break;
      }
      case "hr":
        appendBlock(element("hr"));
        break;
      case "inline":
        appendInline(top(), token.children ?? [], task);
        task = null;
        break;
      case "footnote_block_open":
        open(element("section", { dataFootnotes: true, className: ["footnotes"] }));
        appendBlock(element("h2", { className: ["sr-only"], id: "footnote-label" }, [text("Footnotes")]));
        open(element("ol"));
        break;
      case "footnote_block_close":
        close();
        close();
        break;
      case "footnote_open":
        open(element("li", { id: `user-content-fn-${footnoteNumber(token)}` }));
        break;
      case "footnote_anchor":
        top().children.push(text(" "), footnoteBackref(token));
        break;
      case "html_block":
        break;
      default:
        // Closing tokens end what their opening token started; unknown containers are transparent.
        if (token.nesting === -1) close();
        else if (token.nesting === 1) stack.push(top());
        else if (token.content) top().children.push(text(token.content));
    }
  }
  return root;
}

/** Whether the list item at `index` starts with `[ ]` (false) or `[x]` (true); null when it is no task. */
function taskMarker(tokens: readonly Token[], index: number): boolean | null {
  const first = tokens[index + 2]?.type === "inline" ? tokens[index + 2]!.children?.[0] : undefined;
  if (tokens[index + 1]?.type !== "paragraph_open" || first?.type !== "text") return null;
  const marker = TASK_MARKER.exec(first.content);
  return marker ? marker[1] !== " " : null;
}

function appendInline(parent: Parent, tokens: readonly Token[], task: boolean | null) {
  const stack: Parent[] = [parent];
  const top = () => stack[stack.length - 1]!;
  const open = (node: Element) => {
    top().children.push(node);
    stack.push(node);
  };
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    switch (token.type) {
      case "text":
        if (index === 0 && task !== null) {
          top().children.push(element("input", { type: "checkbox", checked: task, disabled: true }));
          top().children.push(text(token.content.slice(3)));
        } else {
          top().children.push(text(token.content));
        }
        break;
      case "softbreak":
        top().children.push(text("\n"));
        break;
      case "hardbreak":
        top().children.push(element("br"), text("\n"));
        break;
      case "code_inline":
        top().children.push(element("code", {}, [text(token.content)]));
        break;
      case "em_open":
      case "strong_open":
        open(element(token.tag));
        break;
      case "s_open":
        open(element("del"));
        break;
      case "link_open":
        if (token.markup === "linkify" && !GFM_AUTOLINK.test(tokens[index + 1]?.content ?? "")) {
          stack.push(top());
        } else {
          open(element("a", withTitle({ href: String(token.attrGet("href") ?? "") }, token)));
        }
        break;
      case "image":
        top().children.push(
          element(
            "img",
            withTitle({ src: String(token.attrGet("src") ?? ""), alt: plainText(token.children ?? []) }, token),
          ),
        );
        break;
      case "footnote_ref": {
        const number = footnoteNumber(token);
        const link = element(
          "a",
          {
            href: `#user-content-fn-${number}`,
            id: `user-content-fnref-${footnoteReferenceId(token)}`,
            dataFootnoteRef: true,
            ariaDescribedBy: ["footnote-label"],
          },
          [text(String(number))],
        );
        top().children.push(element("sup", {}, [link]));
        break;
      }
      case "html_inline":
        break;
      default:
        if (token.nesting === -1) stack.pop();
        else if (token.nesting === 1) stack.push(top());
        else if (token.content) top().children.push(text(token.content));
    }
  }
}

function withTitle(properties: Properties, token: Token): Properties {
  const title = token.attrGet("title");
  return title ? { ...properties, title: String(title) } : properties;
}

/** An image's alt text: the text of its description, images in it included (without recursion). */
function plainText(tokens: readonly Token[]): string {
  let result = "";
  const pending = [...tokens].reverse();
  while (pending.length > 0) {
    const token = pending.pop()!;
    if (token.type === "image") pending.push(...[...(token.children ?? [])].reverse());
    else if (token.type === "softbreak" || token.type === "hardbreak") result += "\n";
    else if (token.type === "text" || token.type === "code_inline") result += token.content;
  }
  return result;
}

const footnoteMeta = (token: Token) => (token.meta ?? {}) as { id?: number; subId?: number };
const footnoteNumber = (token: Token) => (footnoteMeta(token).id ?? 0) + 1;
// remark's ids: the first reference is fnref-1, later ones to the same note fnref-1-2, fnref-1-3...
const footnoteReferenceId = (token: Token) => {
  const subId = footnoteMeta(token).subId ?? 0;
  return subId === 0 ? `${footnoteNumber(token)}` : `${footnoteNumber(token)}-${subId + 1}`;
};

function footnoteBackref(token: Token): Element {
  const subId = footnoteMeta(token).subId ?? 0;
  const referenceId = footnoteReferenceId(token);
  return element(
    "a",
    {
      href: `#user-content-fnref-${referenceId}`,
      dataFootnoteBackref: "",
      ariaLabel: `Back to reference ${referenceId}`,
      className: ["data-footnote-backref"],
    },
    subId === 0 ? [text("↩")] : [text("↩"), element("sup", {}, [text(String(subId + 1))])],
  );
}
