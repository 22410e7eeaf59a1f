import Markdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import { safeMarkdownUrl } from "@/lib/annotations";

/**
 * Markdown as inert React elements: raw HTML is dropped (skipHtml; no rehype-raw), every URL goes through
 * safeMarkdownUrl (http, https, mailto and same-site links only), links open without an opener and are marked
 * user content, and images become links so that reading a note never fetches from a third-party server.
 */
const components: Components = {
  a: ({ href, children }) =>
    href?.startsWith("#") || href?.startsWith("/") ? (
      <a href={href}>{children}</a>
    ) : (
      <a href={href ?? "#"} rel="nofollow noopener noreferrer ugc" target="_blank">
        {children}
      </a>
    ),
  img: ({ src, alt }) => (
    <a href={typeof src === "string" ? src : "#"} rel="nofollow noopener noreferrer ugc" target="_blank">
      [image{alt ? `: ${alt}` : ""}]
    </a>
  ),
};

export function MarkdownBody({ source }: { source: string }) {
  return (
    <Markdown remarkPlugins={[remarkGfm]} skipHtml urlTransform={safeMarkdownUrl} components={components}>
      {source}
    </Markdown>
  );
}
