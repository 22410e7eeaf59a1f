export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return (
    <span id={id} className="fieldError" aria-live="polite">
      {message ? <span style={{ color: "var(--danger)", fontSize: "0.85rem" }}>{message}</span> : null}
    </span>
  );
}
