import type { Metadata } from "next";
import { requireReader } from "@/app/_server/current-user";
import { API_OPERATIONS } from "@/lib/openapi";
import styles from "./api-docs.module.css";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Read API" };

/** CommonMark code spans (`x`) of the OpenAPI descriptions as <code>; the rest stays text. */
function withCode(text: string): React.ReactNode[] {
  return text.split("`").map((part, i) => (i % 2 === 1 ? <code key={part}>{part}</code> : part));
}

/** The read API for people: drawn from the same operations, parameters and examples as /api/openapi.json. */
export default async function ApiPage() {
  await requireReader("/api");
  return (
    <>
      <h1>Read API</h1>
      <p>
        Every page of positions has its JSON twin, and every view its Atom feeds, with the same query
        parameters as the page&apos;s address. The machine-readable description is{" "}
        <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1, generated from the schemas the routes
        answer with).
      </p>
      <ul className="muted">
        <li>
          A malformed parameter never fails a request: it is left out and listed in <code>ignored</code> with
          the reason, as the pages do in their notice.
        </li>
        <li>
          Every answer carries an <code>ETag</code>: send it back as <code>If-None-Match</code> and the answer
          is <code>304 Not Modified</code>, with no body, while nothing changed (
          <code>Cache-Control: private, no-cache</code>
          ).
        </li>
        <li>
          Lists are paged in a stable order (ties broken by record id); <code>links.next</code> and{" "}
          <code>links.prev</code> walk the pages.
        </li>
        <li>
          Reading needs what the pages need: nothing, unless the site requires sign-in (then a session
          cookie).
        </li>
      </ul>
      <nav aria-label="Endpoints">
        <ul>
          {API_OPERATIONS.map((op) => (
            <li key={op.operationId}>
              <a href={`#${op.operationId}`}>
                <code>GET {op.path}</code>
              </a>{" "}
              <span className="muted">{op.summary}</span>
            </li>
          ))}
        </ul>
      </nav>
      {API_OPERATIONS.map((op) => (
        <section
          key={op.operationId}
          id={op.operationId}
          className={styles.op}
          aria-labelledby={`${op.operationId}-h`}
        >
          <h2 id={`${op.operationId}-h`}>GET {op.path}</h2>
          <p>
            {op.summary}. {withCode(op.description)} Same as the page <code>{op.page}</code>.{" "}
            {op.response ? (
              <>
                Answer: <code>{op.response}</code> in the OpenAPI document.
              </>
            ) : (
              "Answer: an Atom feed, with ETag and Last-Modified."
            )}
          </p>
          <div className={styles.tableWrap}>
            <table className={styles.params}>
              <caption className="visually-hidden">Parameters of {op.path}</caption>
              <thead>
                <tr>
                  <th scope="col">Parameter</th>
                  <th scope="col">In</th>
                  <th scope="col">Meaning</th>
                  <th scope="col">Example</th>
                </tr>
              </thead>
              <tbody>
                {op.parameters.map((p) => (
                  <tr key={p.name}>
                    <td>
                      <code>{p.name}</code>
                    </td>
                    <td>{p.in}</td>
                    <td>
                      {withCode(p.description)}
                      {Array.isArray(p.schema.enum) && ` (${(p.schema.enum as string[]).join(", ")})`}
                    </td>
                    <td>{p.example !== undefined && <code>{String(p.example)}</code>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {op.examples.map((e) => (
            <div key={e.name} className={styles.example}>
              <p>
                <a href={e.request}>
                  <code>GET {e.request}</code>
                </a>{" "}
                → {e.status}. {e.description}
              </p>
              <pre>{JSON.stringify(e.value, null, 2)}</pre>
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
