import type { ReactNode } from "react";
import { ORGANIZATION_KINDS } from "@/lib/domain";
import { ORGANIZATION_KIND_LABELS } from "@/lib/labels";
import styles from "./edit.module.css";
import { FieldError } from "./field-error";
import type { ControlProps } from "./field-props";

/** A person created in place with this save; kept apart from Values so a conflict never drops what was typed. */
export type NewPerson = {
  name: string;
  nativeName: string;
  country: string;
  title: string;
  rank: string;
  organization: string;
  orgName: string;
  orgKind: string;
  start: string;
  end: string;
};

/** The organisation select's value for "an organisation not yet in the database". */
const NEW_ORGANIZATION = "__new__";

export const NEW_PERSON: NewPerson = {
  name: "",
  nativeName: "",
  country: "VN",
  title: "",
  rank: "",
  organization: "",
  orgName: "",
  orgKind: "",
  start: "",
  end: "",
};

const NEW_PERSON_LABELS: Record<keyof NewPerson, string> = {
  name: "Name as English-language sources write it",
  nativeName: "Native name, with diacritics",
  country: "Country (two letters)",
  title: "Post held (role title)",
  rank: "Rank",
  organization: "Organisation",
  orgName: "New organisation's name",
  orgKind: "Kind of organisation",
  start: "Role from",
  end: "Role to",
};

/** Where each new-person field's error comes back (lib/record-edit.ts newPersonInput, db/queries/person-create.ts). */
const NEW_PERSON_ERROR_KEYS: Record<keyof NewPerson, string> = {
  name: "attribution.person.name",
  nativeName: "attribution.person.nativeName",
  country: "attribution.person.country",
  title: "attribution.person.role.title",
  rank: "attribution.person.role.rank",
  organization: "attribution.person.role.organization",
  orgName: "attribution.person.role.newOrganization.name",
  orgKind: "attribution.person.role.newOrganization.kind",
  start: "attribution.person.role.start",
  end: "attribution.person.role.end",
};

/** The new person as the record action takes it (lib/record-edit.ts newPersonInput). */
export function newPersonPayload(np: NewPerson) {
  return {
    name: np.name,
    nativeName: np.nativeName,
    country: np.country,
    role: {
      title: np.title,
      rank: np.rank,
      organization: np.organization === "" || np.organization === NEW_ORGANIZATION ? null : np.organization,
      newOrganization: np.organization === NEW_ORGANIZATION ? { name: np.orgName, kind: np.orgKind } : null,
      start: np.start,
      end: np.end,
    },
  };
}

/** The fields of a person created in place: names, country, and the post with its organisation and dates. */
export function NewPersonFields({
  uid,
  value,
  onChange,
  errors,
  organizations,
}: {
  uid: string;
  value: NewPerson;
  onChange: (patch: Partial<NewPerson>) => void;
  errors: Record<string, string>;
  organizations: readonly { slug: string; name: string }[];
}) {
  function field(name: keyof NewPerson, control: (props: ControlProps) => ReactNode, hint?: string) {
    const id = `${uid}-np-${name}`;
    const err = errors[NEW_PERSON_ERROR_KEYS[name]];
    return (
      <div className={styles.field}>
        <label htmlFor={id}>{NEW_PERSON_LABELS[name]}</label>
        {control({
          id,
          "aria-invalid": err ? true : undefined,
          "aria-describedby": `${id}-err${hint ? ` ${id}-hint` : ""}`,
        })}
        {hint && (
          <span id={`${id}-hint`} className={styles.hint}>
            {hint}
          </span>
        )}
        <FieldError id={`${id}-err`} message={err} />
      </div>
    );
  }

  return (
    <div data-testid="new-person">
      <p className={styles.hint}>
        Saving creates this person (and the role, when a post is named) together with the record&rsquo;s
        change; the record&rsquo;s history says so.
      </p>
      <div className={styles.row}>
        {field("name", (p) => (
          <input {...p} value={value.name} onChange={(e) => onChange({ name: e.target.value })} />
        ))}
        {field("nativeName", (p) => (
          <input
            {...p}
            lang="vi"
            value={value.nativeName}
            onChange={(e) => onChange({ nativeName: e.target.value })}
          />
        ))}
        {field("country", (p) => (
          <input
            {...p}
            maxLength={2}
            autoCapitalize="characters"
            value={value.country}
            onChange={(e) => onChange({ country: e.target.value })}
          />
        ))}
      </div>
      <div className={styles.row}>
        {field("title", (p) => (
          <input {...p} value={value.title} onChange={(e) => onChange({ title: e.target.value })} />
        ))}
        {field("rank", (p) => (
          <input {...p} value={value.rank} onChange={(e) => onChange({ rank: e.target.value })} />
        ))}
        {field("organization", (p) => (
          <select
            {...p}
            value={value.organization}
            onChange={(e) => onChange({ organization: e.target.value })}
          >
            <option value="">Not recorded</option>
            {organizations.map((o) => (
              <option key={o.slug} value={o.slug}>
                {o.name}
              </option>
            ))}
            <option value={NEW_ORGANIZATION}>Another organisation…</option>
          </select>
        ))}
      </div>
      {value.organization === NEW_ORGANIZATION && (
        <div className={styles.row}>
          {field("orgName", (p) => (
            <input {...p} value={value.orgName} onChange={(e) => onChange({ orgName: e.target.value })} />
          ))}
          {field("orgKind", (p) => (
            <select {...p} value={value.orgKind} onChange={(e) => onChange({ orgKind: e.target.value })}>
              <option value="">Choose…</option>
              {ORGANIZATION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {ORGANIZATION_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          ))}
        </div>
      )}
      <div className={styles.row}>
        {field(
          "start",
          (p) => (
            <input
              {...p}
              placeholder="YYYY-MM-DD"
              value={value.start}
              onChange={(e) => onChange({ start: e.target.value })}
            />
          ),
          "YYYY, YYYY-MM or YYYY-MM-DD: as precise as known; empty when not known.",
        )}
        {field(
          "end",
          (p) => (
            <input
              {...p}
              placeholder="YYYY-MM-DD"
              value={value.end}
              onChange={(e) => onChange({ end: e.target.value })}
            />
          ),
          "Empty while the post is held.",
        )}
      </div>
    </div>
  );
}
