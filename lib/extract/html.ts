/**
 * Reduce a saved news page to its article text, without a DOM: keep <article> (or <main>, or <body>), drop
 * scripts, styles, navigation, headers, footers, asides, forms and figures' images, turn block elements into
 * line breaks and decode entities. Good enough for the pages analysts save; the result is what gets reviewed.
 */
const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00A0",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  ndash: "–",
  mdash: "—",
  hellip: "…",
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === "#") {
      const n =
        code[1] === "x" || code[1] === "X"
          ? Number.parseInt(code.slice(2), 16)
          : Number.parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return NAMED[code.toLowerCase()] ?? whole;
  });
}

function inner(html: string, tag: string): string | null {
  const open = new RegExp(`<${tag}\\b[^>]*>`, "i").exec(html);
  if (!open) return null;
  const close = html.toLowerCase().lastIndexOf(`</${tag}>`);
  return close > open.index
    ? html.slice(open.index + open[0].length, close)
    : html.slice(open.index + open[0].length);
}

export function looksLikeHtml(text: string): boolean {
  return /<(html|body|article|p|div|br)\b[^>]*>/i.test(text);
}

export function htmlToArticleText(html: string): string {
  let body = html.replace(/<!--[\s\S]*?-->/g, "");
  const title = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(body)?.[1];
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(body)?.[1];
  body = inner(body, "article") ?? inner(body, "main") ?? inner(body, "body") ?? body;
  body = body
    .replace(
      /<(script|style|noscript|nav|header|footer|aside|form|svg|iframe|template|button|select)\b[\s\S]*?<\/\1\s*>/gi,
      "",
    )
    .replace(/<(br|hr)\b[^>]*\/?>/gi, "\n")
    .replace(/<\/?(p|div|h[1-6]|li|ul|ol|blockquote|section|figure|figcaption|tr|table|pre)\b[^>]*>/gi, "\n")
    .replace(/<[^>]+>/g, "");
  const lines = decodeEntities(body)
    .split("\n")
    .map((l) => l.replace(/[ \t\u00A0]+/g, " ").trim())
    .filter(Boolean);
  const heading = decodeEntities((h1 ?? title ?? "").replace(/<[^>]+>/g, "")).trim();
  if (heading && lines[0] !== heading) lines.unshift(heading);
  return lines.join("\n");
}
