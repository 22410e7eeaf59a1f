import type { SearchParams } from "@/lib/compare-view";

/**
 * Query parameters a page does not read, as notices ("“page=-1” is not used here: this page lists everything"),
 * so an address that asks for something the page cannot do is told so instead of silently showing the default.
 */
export function unusedParams(params: SearchParams, accepted: readonly string[], why: string): string[] {
  const notices: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || accepted.includes(key)) continue;
    const shown = Array.isArray(value) ? value.join(",") : value;
    notices.push(`“${shown === "" ? key : `${key}=${shown}`}” is not used here: ${why}`);
  }
  return notices;
}
