import { Tokenizer } from "htmlparser2";

/**
 * Reduce a saved news page to its article text: keep <article> (or <main>, or <body>), drop scripts, styles,
 * navigation, headers, footers, asides, forms and the like, turn block elements into line breaks and decode
 * entities. The page goes through htmlparser2's tokenizer once, so the time is linear in the input
 * whatever it holds (unclosed comments, runs of "<", deep nesting); no regular expression ever backtracks over it.
 */

/** Elements whose content is never article text. */
const SKIPPED = new Set([
  "script",
  "style",
  "noscript",
  "nav",
  "header",
  "footer",
  "aside",
  "form",
  "svg",
  "iframe",
  "template",
  "button",
  "select",
]);
/** Elements that start a new line of text. */
const BLOCKS = new Set([
  "br",
  "hr",
  "p",
  "div",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "blockquote",
  "section",
  "figure",
  "figcaption",
  "tr",
  "table",
  "pre",
]);
/** The containers tried in order: the first one the page has holds the article. */
const CONTAINERS = ["article", "main", "body"] as const;
type Container = (typeof CONTAINERS)[number];

export function looksLikeHtml(text: string): boolean {
  // Bounded attribute run: an unbounded [^>]* would rescan the rest of the text after every "<p".
  return /<(html|body|article|p|div|br)(\s[^<>]{0,500})?\/?>/i.test(text);
}

export function htmlToArticleText(html: string): string {
  const text: Record<Container | "all", string[]> = { article: [], main: [], body: [], all: [] };
  const depth: Record<Container, number> = { article: 0, main: 0, body: 0 };
  const seen = new Set<Container>();
  let skipping = 0;
  let title: string[] | null = null;
  let h1: string[] | null = null;
  let inTitle = false;
  let inH1 = false;
  let openName = "";

  const emit = (chunk: string) => {
    if (inTitle) title?.push(chunk);
    if (skipping > 0) return;
    if (inH1) h1?.push(chunk);
    // The <title> sits in <head>: it names the page, it is not article text.
    if (inTitle) return;
    text.all.push(chunk);
    for (const c of CONTAINERS) if (depth[c] > 0) text[c].push(chunk);
  };
  const isContainer = (name: string): name is Container => (CONTAINERS as readonly string[]).includes(name);
  const open = (name: string) => {
    if (SKIPPED.has(name)) skipping++;
    if (skipping > 0) return;
    if (isContainer(name)) {
      depth[name]++;
      seen.add(name);
    }
    if (name === "title" && title === null) {
      inTitle = true;
      title = [];
    }
    if (name === "h1" && h1 === null) {
      inH1 = true;
      h1 = [];
    }
    if (BLOCKS.has(name)) emit("\n");
  };
  const close = (name: string) => {
    if (SKIPPED.has(name)) {
      skipping = Math.max(0, skipping - 1);
      return;
    }
    if (skipping > 0) return;
    if (isContainer(name)) depth[name] = Math.max(0, depth[name] - 1);
    if (name === "title") inTitle = false;
    if (name === "h1") inH1 = false;
    if (BLOCKS.has(name)) emit("\n");
  };

  // The tokenizer, not htmlparser2's Parser: the Parser keeps a stack of open elements that it shifts and searches
  // on every tag, which is quadratic in the nesting depth (100,000 unclosed <div> take seconds). Counters are all
  // this reduction needs: which containers and skipped elements are open, not the whole tree.
  const tokenizer = new Tokenizer(
    { decodeEntities: true, recognizeSelfClosing: true },
    {
      onopentagname: (start, end) => {
        openName = html.slice(start, end).toLowerCase();
        open(openName);
      },
      onselfclosingtag: () => close(openName),
      onclosetag: (start, end) => close(html.slice(start, end).toLowerCase()),
      ontext: (start, end) => emit(html.slice(start, end)),
      ontextentity: (codepoint) => emit(String.fromCodePoint(codepoint)),
      onattribdata: () => {},
      onattribentity: () => {},
      onattribend: () => {},
      onattribname: () => {},
      oncdata: () => {},
      oncomment: () => {},
      ondeclaration: () => {},
      onend: () => {},
      onopentagend: () => {},
      onprocessinginstruction: () => {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();

  const container = CONTAINERS.find((c) => seen.has(c));
  const lines = (container ? text[container] : text.all)
    .join("")
    .split("\n")
    .map((l) => l.replace(/[ \t\u00A0]+/g, " ").trim())
    .filter(Boolean);
  const heading = ((h1 as string[] | null) ?? (title as string[] | null) ?? [])
    .join("")
    .replace(/\s+/g, " ")
    .trim();
  if (heading && lines[0] !== heading) lines.unshift(heading);
  return lines.join("\n");
}
