import styles from "./edit.module.css";

export type ConflictRow = { key: string; label: string; mine: string; theirs: string };

/**
 * A save refused because a colleague saved first: what differs, side by side, and the two ways on. Nothing the
 * user typed is dropped: "Keep mine" keeps the form as it is and rebases it on the saved version.
 */
export function ConflictPanel(props: {
  testId: string;
  message: string | undefined;
  savedVersion: number;
  subject: string;
  rows: ConflictRow[];
  takeTheirsLabel: string;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  return (
    <div className={styles.conflict} role="alert" data-testid={props.testId}>
      <p>
        <strong>{props.message}</strong>
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{props.subject}</th>
            <th scope="col">Yours (not saved)</th>
            <th scope="col">Saved now (version {props.savedVersion})</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td>{row.mine}</td>
              <td>{row.theirs}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className={styles.actions}>
        <button type="button" onClick={props.onKeepMine}>
          Keep mine
        </button>
        <button type="button" onClick={props.onTakeTheirs}>
          {props.takeTheirsLabel}
        </button>
      </div>
    </div>
  );
}
