"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { fieldRenderer } from "@/app/_components/form-field";
import { useVersionedSave } from "@/app/_components/use-versioned-save";
import { savePersonAction } from "@/app/officials/[slug]/actions";
import styles from "@/app/positions/[id]/_components/edit/edit.module.css";
import type { EditablePerson } from "@/db/queries/person-edit";

type Role = {
  slug: string | null;
  title: string;
  rank: string;
  organization: string;
  start: string;
  end: string;
};

function rolesOf(p: EditablePerson): Role[] {
  return p.snapshot.roles.map((r) => ({
    slug: r.slug,
    title: r.title,
    rank: r.rank ?? "",
    organization: r.organization ?? "",
    start: r.start,
    end: r.end,
  }));
}

const EMPTY_ROLE: Role = { slug: null, title: "", rank: "", organization: "", start: "", end: "" };

/** Names, country, aliases and roles of a person. A refused save keeps every value typed. */
export function PersonForm({
  person,
  organizations,
}: {
  person: EditablePerson;
  organizations: { slug: string; name: string }[];
}) {
  const router = useRouter();
  const uid = useId();
  const [name, setName] = useState(person.snapshot.name);
  const [nativeName, setNativeName] = useState(person.snapshot.nativeName ?? "");
  const [country, setCountry] = useState(person.snapshot.country);
  const [aliases, setAliases] = useState(person.snapshot.aliases.join("\n"));
  const [roles, setRoles] = useState<Role[]>(() => rolesOf(person));
  const { errors, failure, status, pending, save: send } = useVersionedSave<EditablePerson>(person.version);
  const setRole = (i: number, patch: Partial<Role>) =>
    setRoles((old) => old.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const field = fieldRenderer(uid, errors);

  function save() {
    send(
      (expectedVersion) =>
        savePersonAction({
          slug: person.slug,
          expectedVersion,
          name,
          nativeName,
          country,
          aliases: aliases.split(/[\n,]/),
          roles: roles.map((r) => ({ ...r, organization: r.organization === "" ? null : r.organization })),
        }),
      (saved) => {
        setRoles(rolesOf(saved));
        router.refresh();
      },
    );
  }

  return (
    <form
      className={styles.panel}
      data-testid="person-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <div className={styles.row}>
        {field("name", "Name as English-language sources write it", (p) => (
          <input {...p} value={name} onChange={(e) => setName(e.target.value)} />
        ))}
        {field("nativeName", "Native name, with diacritics", (p) => (
          <input {...p} lang="vi" value={nativeName} onChange={(e) => setNativeName(e.target.value)} />
        ))}
        {field("country", "Country (two letters)", (p) => (
          <input {...p} maxLength={2} value={country} onChange={(e) => setCountry(e.target.value)} />
        ))}
      </div>
      {field(
        "aliases",
        "Aliases",
        (p) => (
          <textarea {...p} rows={3} value={aliases} onChange={(e) => setAliases(e.target.value)} />
        ),
        "One per line (or comma-separated): other names sources use for this person.",
      )}
      {roles.map((r, i) => (
        <fieldset
          // biome-ignore lint/suspicious/noArrayIndexKey: roles keep their place; new ones have no slug yet
          key={i}
          className={styles.group}
          data-testid={`person-role-${i}`}
        >
          <legend>{r.slug === null ? "New role" : `Role: ${r.title || "untitled"}`}</legend>
          <div className={styles.row}>
            {field(`roles.${i}.title`, "Post held", (p) => (
              <input {...p} value={r.title} onChange={(e) => setRole(i, { title: e.target.value })} />
            ))}
            {field(`roles.${i}.rank`, "Rank", (p) => (
              <input {...p} value={r.rank} onChange={(e) => setRole(i, { rank: e.target.value })} />
            ))}
            {field(`roles.${i}.organization`, "Organisation", (p) => (
              <select
                {...p}
                value={r.organization}
                onChange={(e) => setRole(i, { organization: e.target.value })}
              >
                <option value="">Not recorded</option>
                {organizations.map((o) => (
                  <option key={o.slug} value={o.slug}>
                    {o.name}
                  </option>
                ))}
              </select>
            ))}
          </div>
          <div className={styles.row}>
            {field(
              `roles.${i}.start`,
              "From",
              (p) => (
                <input {...p} value={r.start} onChange={(e) => setRole(i, { start: e.target.value })} />
              ),
              "YYYY, YYYY-MM or YYYY-MM-DD; empty when not known.",
            )}
            {field(
              `roles.${i}.end`,
              "To",
              (p) => (
                <input {...p} value={r.end} onChange={(e) => setRole(i, { end: e.target.value })} />
              ),
              "Empty while the post is held.",
            )}
          </div>
          {r.slug === null && (
            <button type="button" onClick={() => setRoles((old) => old.filter((_, j) => j !== i))}>
              Remove this new role
            </button>
          )}
        </fieldset>
      ))}
      <button type="button" onClick={() => setRoles((old) => [...old, EMPTY_ROLE])}>
        Add a role
      </button>
      {failure && (
        <p className="error" role="alert">
          {failure.error}
        </p>
      )}
      <div className={styles.actions}>
        <button type="submit" className="primary" disabled={pending}>
          Save person
        </button>
        <span role="status" className={styles.status}>
          {status}
        </span>
      </div>
    </form>
  );
}
