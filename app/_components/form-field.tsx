import type { ReactNode } from "react";
import styles from "@/app/positions/[id]/_components/edit/edit.module.css";
import { FieldError } from "@/app/positions/[id]/_components/edit/field-error";

/** What a control gets from its field: its id and the accessible wiring of its error. */
export type ControlProps = { id: string; "aria-invalid": true | undefined; "aria-describedby": string };

/**
 * The labelled fields of the entity forms (people, events): `field(key, label, control, hint)` renders a label, the
 * control, a hint and the field's error (announced politely), the error looked up by the action's field key.
 */
export function fieldRenderer(uid: string, errors: Record<string, string>) {
  return function field(key: string, label: string, control: (p: ControlProps) => ReactNode, hint?: string) {
    const id = `${uid}-${key.replaceAll(".", "-")}`;
    const err = errors[key];
    return (
      <div className={styles.field}>
        <label htmlFor={id}>{label}</label>
        {control({ id, "aria-invalid": err ? true : undefined, "aria-describedby": `${id}-err` })}
        {hint && <span className={styles.hint}>{hint}</span>}
        <FieldError id={`${id}-err`} message={err} />
      </div>
    );
  };
}
