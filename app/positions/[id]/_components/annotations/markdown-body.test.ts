import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { normalizeTag, parseTags, safeMarkdownUrl } from "@/lib/annotations";
import { MarkdownBody } from "./markdown-body";

const render = (source: string) => renderToStaticMarkup(createElement(MarkdownBody, { source }));

/** Hostile markdown: raw HTML, event handlers, dangerous URL schemes in every spelling markdown allows. */
const PAYLOADS = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '<a href="javascript:alert(1)">x</a>',
  "<iframe src=javascript:alert(1)></iframe>",
  "<svg><script>alert(1)</script></svg>",
  "<div onmouseover=alert(1)>hover</div>",
  "<style>body{display:none}</style>",
  "[x](javascript:alert(1))",
  "[x](JaVaScRiPt:alert(1))",
  "[x](javascript&#58;alert(1))",
  "[x](java\tscript:alert(1))",
  "[x](&#106;avascript:alert(1))",
  "[x]( javascript:alert(1))",
  "[x](<javascript:alert(1)>)",
  "[x](vbscript:msgbox(1))",
  "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[x](//evil.example/steal)",
  "![x](javascript:alert(1))",
  "![x](https://tracker.example/pixel.gif)",
  "[ref][r]\n\n[r]: javascript:alert(1)",
  "<javascript:alert(1)>",
  "https://ok.example/?q=<script>alert(1)</script>",
  '[x](https://ok.example "title\\" onmouseover=\\"alert(1))',
  "```html\n<script>alert(1)</script>\n```",
  "<!-- <script>alert(1)</script> -->",
];

function hrefs(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1] ?? "");
}

describe("MarkdownBody", () => {
  it("renders ordinary markdown", () => {
    const html = render("**bold** and [a link](https://example.org/x) and `code`\n\n- one\n- two");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain('href="https://example.org/x"');
    expect(html).toContain('rel="nofollow noopener noreferrer ugc"');
    expect(html).toContain("<li>two</li>");
  });

  it.each(PAYLOADS)("renders %j inert", (payload) => {
    const html = render(payload);
    // No element that runs script or loads a resource, and no event-handler attribute on any element.
    expect(html).not.toMatch(/<(script|iframe|img|svg|object|embed|style|link|meta|form|input)\b/i);
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
    for (const url of hrefs(html)) {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers skip control characters in schemes
      const compact = url.replace(/[\s\u0000-\u001f]/g, "").toLowerCase();
      expect(compact).not.toMatch(/^(javascript|vbscript|data|file):/);
      expect(compact.startsWith("//")).toBe(false);
      expect(compact).not.toContain("&#");
    }
  });
});

describe("safeMarkdownUrl", () => {
  it("spells protocol-relative links out as https, so they never pass for local paths", () => {
    expect(safeMarkdownUrl("//evil.example/x")).toBe("https://evil.example/x");
    expect(safeMarkdownUrl("/\\evil.example")).toBe("https://evil.example/");
  });
  it("keeps http(s), mailto, fragments and same-site paths", () => {
    expect(safeMarkdownUrl("https://example.org/a?b=1")).toBe("https://example.org/a?b=1");
    expect(safeMarkdownUrl("mailto:a@example.org")).toBe("mailto:a@example.org");
    expect(safeMarkdownUrl("#annotation-abc")).toBe("#annotation-abc");
    expect(safeMarkdownUrl("/positions/x")).toBe("/positions/x");
    expect(safeMarkdownUrl("notes/1")).toBe("notes/1");
  });
  it("replaces every other scheme", () => {
    for (const bad of [
      "javascript:alert(1)",
      " JAVASCRIPT:x",
      "java\nscript:x",
      "data:text/html,x",
      "vbscript:x",
      "file:///etc/passwd",
      "x:y",
    ])
      expect(safeMarkdownUrl(bad)).toBe("#");
  });
});

describe("tags", () => {
  const HOSTILE_TAGS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "<svg onload=alert(1)>",
    "&lt;b&gt;",
    "a\u0000b",
    "x'onmouseover='alert(1)",
  ];
  it.each(HOSTILE_TAGS)("reduces %j to letters, digits and - _ :", (raw) => {
    const tag = normalizeTag(raw);
    expect(tag).toMatch(/^[\p{L}\p{N}\-_:]*$/u);
    // Tags are only ever rendered as text and as an encoded query value (/positions?tag=...), never as a URL.
  });
  it("normalises case, spaces and duplicates, keeping diacritics", () => {
    expect(parseTags("Cyber, UN Charter, cyber,  , Chủ quyền")).toEqual(["cyber", "un-charter", "chủ-quyền"]);
  });
});
