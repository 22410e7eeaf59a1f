/** The codebook's topics as a select's options, indented by depth so the tree reads in a plain list. */
export function TopicOptions({
  topics,
}: {
  topics: readonly { slug: string; label: string; depth: number }[];
}) {
  return topics.map((t) => (
    <option key={t.slug} value={t.slug}>
      {"\u00a0\u00a0".repeat(t.depth)}
      {t.label}
    </option>
  ));
}
