/**
 * Picking the duplicate of a merge by name (people or events): a plain GET form, so the choice is in the address
 * and the page counts what would move before anything is confirmed.
 */
export function MergePick(props: {
  action: string;
  candidates: { slug: string; label: string }[];
  chosen: string | null;
  /** What the chosen one is called in the prompt: "person", "event". */
  noun: string;
}) {
  return (
    <form method="get" action={props.action} className="card" data-testid="merge-pick">
      <label htmlFor="merge-with">The duplicate</label>{" "}
      <select
        id="merge-with"
        name="with"
        defaultValue={props.chosen ?? ""}
        required
        style={{ maxWidth: "100%" }}
      >
        <option value="" disabled>
          Choose {props.noun === "event" ? "an event" : `a ${props.noun}`}…
        </option>
        {props.candidates.map((c) => (
          <option key={c.slug} value={c.slug}>
            {c.label}
          </option>
        ))}
      </select>{" "}
      <button type="submit">See what would move</button>
    </form>
  );
}

/** The slug chosen in the picker's `with=` key, if it is one. */
export function chosenSlug(value: string | string[] | undefined): string | null {
  return typeof value === "string" && /^[a-z0-9-]{1,200}$/.test(value) ? value : null;
}
