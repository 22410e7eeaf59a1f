/**
 * Links written as HTML strings (lib/positions-table-html.ts, lib/timeline-marks-html.ts) carry `data-soft`; a
 * plain left click on one is sent through the client router instead of reloading the page. Returns whether it
 * handled the click.
 */
export function followSoftLink(
  e: Pick<
    MouseEvent,
    | "defaultPrevented"
    | "button"
    | "metaKey"
    | "ctrlKey"
    | "shiftKey"
    | "altKey"
    | "target"
    | "preventDefault"
  >,
  push: (href: string) => void,
  fallback: string,
): boolean {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return false;
  const link = (e.target as Element | null)?.closest?.("a[data-soft]");
  if (!(link instanceof HTMLAnchorElement)) return false;
  e.preventDefault();
  push(link.getAttribute("href") ?? fallback);
  return true;
}
