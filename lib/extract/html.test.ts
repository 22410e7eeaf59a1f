import { describe, expect, it } from "vitest";
import { htmlToArticleText, looksLikeHtml } from "./html";

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

  it("decodes references as a browser does and leaves unknown names alone", () => {
    expect(htmlToArticleText("<p>&bogus; &amp; &amp &lt;b&gt; &#0;</p>")).toBe("&bogus; & & <b> \uFFFD");
  });

  it("reads broken markup as a browser would: unclosed tags, stray brackets, a comment never closed", () => {
    expect(htmlToArticleText("<body><p>Giang said 3 < 4 and <b>more<p>Next")).toBe(
      "Giang said 3 < 4 and more\nNext",
    );
    expect(htmlToArticleText("<body><p>Kept.</p><!-- never closed <p>lost")).toBe("Kept.");
    expect(htmlToArticleText("<body><script>x('<p>not text</p>')</script><p>Text")).toBe("Text");
  });

  it("falls back from article to main to body to the whole text", () => {
    expect(htmlToArticleText("<body><nav>Menu</nav><main><p>In main</p></main><p>Outside</p></body>")).toBe(
      "In main",
    );
    expect(htmlToArticleText("<div>No body element</div><p>Second</p>")).toBe("No body element\nSecond");
  });
});
