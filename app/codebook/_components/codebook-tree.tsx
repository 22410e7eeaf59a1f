import Link from "next/link";
import type { Codebook, CodebookTopic } from "@/db/queries/codebook";
import { isWithin } from "@/lib/codebook";
import { countLabel } from "@/lib/text";
import styles from "../codebook.module.css";
import { ChangeForm, type Field } from "./change-form";

const indent = (t: CodebookTopic) => `${"\u2003".repeat(t.depth)}${t.name}`;
/** The codebook as a tree of topics, each with its propositions; for an editor, the forms that change them. */
export function CodebookTree({ codebook, canEdit }: { codebook: Codebook; canEdit: boolean }) {
  const { version, topics } = codebook;
  const propositions = topics.flatMap((t) => t.propositions.map((p) => ({ ...p, topic: t.name })));
  return (
    <ul className={styles.tree} data-testid="codebook-tree">
      {topics.map((t) => {
        const outside = topics.filter((o) => !isWithin(o.path, t.path));
        const textFields = (name: string, slug: string, description: string): Field[] => [
          { kind: "text", name: "name", label: "Name", value: name },
          { kind: "text", name: "slug", label: "Slug", value: slug, hint: "Blank: made from the name." },
          { kind: "text", name: "description", label: "Description", value: description, long: true },
        ];
        return (
          <li
            key={t.slug}
            className={styles.topic}
            style={{ marginLeft: `${Math.min(t.depth, 4) * 1.25}rem` }}
            data-testid={`codebook-topic-${t.slug}`}
          >
            <div className={styles.head}>
              <Link href={`/topics/${t.slug}`} className={styles.name}>
                {t.name}
              </Link>
              <code className={styles.slug}>{t.slug}</code>
              <span className="muted">{countLabel(t.records, "record", "records")}</span>
            </div>
            {t.description && <p className={styles.description}>{t.description}</p>}
            {t.propositions.length > 0 && (
              <ul className={styles.propositions}>
                {t.propositions.map((p) => (
                  <li key={p.slug} data-testid={`codebook-proposition-${p.slug}`}>
                    <span className={styles.label}>{p.label}</span>{" "}
                    <code className={styles.slug}>{p.slug}</code>
                    <span className={styles.text}>{p.text}</span>
                    {canEdit && (
                      <details className={styles.edit}>
                        <summary>Change this proposition</summary>
                        <ChangeForm
                          op="proposition_edit"
                          version={version}
                          fixed={{ proposition: p.slug }}
                          legend="Label, slug and text"
                          submit="Save proposition"
                          testId={`edit-proposition-${p.slug}`}
                          fields={[
                            { kind: "text", name: "label", label: "Label", value: p.label },
                            {
                              kind: "text",
                              name: "slug",
                              label: "Slug",
                              value: p.slug,
                              hint: "Blank: made from the label.",
                            },
                            { kind: "text", name: "text", label: "Text", value: p.text, long: true },
                          ]}
                        />
                        <ChangeForm
                          op="proposition_move"
                          version={version}
                          fixed={{ proposition: p.slug }}
                          legend="Move to another topic"
                          submit="Move proposition"
                          testId={`move-proposition-${p.slug}`}
                          fields={[
                            {
                              kind: "select",
                              name: "topic",
                              label: "To topic",
                              options: topics
                                .filter((o) => o.slug !== t.slug)
                                .map((o) => ({ value: o.slug, label: indent(o) })),
                            },
                          ]}
                        />
                        <ChangeForm
                          op="proposition_merge"
                          version={version}
                          fixed={{ proposition: p.slug }}
                          legend="Merge into another proposition"
                          submit="Merge proposition"
                          testId={`merge-proposition-${p.slug}`}
                          confirm={`Every code of “${p.label}” moves to the proposition chosen, and “${p.label}” is removed (its slug will open the other). Refused if a record is coded on both.`}
                          fields={[
                            {
                              kind: "select",
                              name: "into",
                              label: "Into proposition",
                              options: propositions
                                .filter((o) => o.slug !== p.slug)
                                .map((o) => ({ value: o.slug, label: `${o.label} (${o.topic})` })),
                            },
                          ]}
                        />
                      </details>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {canEdit && (
              <details className={styles.edit}>
                <summary>Change “{t.name}”</summary>
                <ChangeForm
                  op="topic_edit"
                  version={version}
                  fixed={{ topic: t.slug }}
                  legend="Name, slug and description"
                  submit="Save topic"
                  testId={`edit-topic-${t.slug}`}
                  fields={textFields(t.name, t.slug, t.description ?? "")}
                />
                <ChangeForm
                  op="topic_move"
                  version={version}
                  fixed={{ topic: t.slug }}
                  legend="Move in the tree"
                  submit="Move topic"
                  testId={`move-topic-${t.slug}`}
                  fields={[
                    {
                      kind: "select",
                      name: "parent",
                      label: "Under",
                      value: t.parent ?? "",
                      options: [
                        { value: "", label: "(top level)" },
                        ...outside.map((o) => ({ value: o.slug, label: indent(o) })),
                      ],
                    },
                  ]}
                />
                <ChangeForm
                  op="topic_merge"
                  version={version}
                  fixed={{ topic: t.slug }}
                  legend="Merge into another topic"
                  submit="Merge topic"
                  testId={`merge-topic-${t.slug}`}
                  confirm={`Its records, propositions and subtopics move to the topic chosen, and “${t.name}” is removed (its slug will open the other).`}
                  fields={[
                    {
                      kind: "select",
                      name: "into",
                      label: "Into",
                      options: outside.map((o) => ({ value: o.slug, label: indent(o) })),
                    },
                  ]}
                />
                <ChangeForm
                  op="topic_create"
                  version={version}
                  fixed={{ parent: t.slug }}
                  legend="Add a subtopic"
                  submit="Add subtopic"
                  testId={`add-subtopic-${t.slug}`}
                  fields={textFields("", "", "")}
                />
                <ChangeForm
                  op="proposition_create"
                  version={version}
                  fixed={{ topic: t.slug }}
                  legend="Add a proposition"
                  submit="Add proposition"
                  testId={`add-proposition-${t.slug}`}
                  fields={[
                    { kind: "text", name: "label", label: "Label" },
                    { kind: "text", name: "slug", label: "Slug", hint: "Blank: made from the label." },
                    { kind: "text", name: "text", label: "Text", long: true },
                  ]}
                />
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
}
