/** The export format asked for: csv (the default) or json; anything else is refused with a 400. */
export function exportFormat(searchParams: URLSearchParams): "csv" | "json" | null {
  const format = searchParams.get("format") ?? "csv";
  return format === "csv" || format === "json" ? format : null;
}
