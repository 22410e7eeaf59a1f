import { describe, expect, it } from "vitest";
import { decodeEntities, htmlToArticleText, looksLikeHtml } from "./html";

describe("htmlToArticleText", () => {
  it("keeps the article's paragraphs and drops the page around it", () => {
    const html = `<!doctype html><html><head><title>Site | Title</title><style>p{}</style></head><body>
      <nav><a href="/">Home</a></nav>
      <article><h1>Vietnam backs UNSC&rsquo;s role</h1>
      <p>New York (VNA) &ndash; Vietnam has urged the UN&nbsp;Security Council.</p>
      <script>track()</script>
      <p>&ldquo;We act,&rdquo; Giang said. Đặng Hoàng Giang &#8211; &#x1F600;</p></article>
      <footer>Copyright</footer></body></html>`;
    expect(htmlToArticleText(html)).toBe(
      "Vietnam backs UNSC’s role\nNew York (VNA) – Vietnam has urged the UN Security Council.\n“We act,” Giang said. Đặng Hoàng Giang – 😀",
    );
    expect(looksLikeHtml(html)).toBe(true);
    expect(looksLikeHtml("Plain text < not html")).toBe(false);
  });

  it("leaves unknown entities alone", () => {
    expect(decodeEntities("&bogus; &#0; &amp;")).toBe("&bogus; &#0; &");
  });
});
