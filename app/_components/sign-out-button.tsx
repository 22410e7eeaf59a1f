"use client";

import { useActionState } from "react";
import { signOutAction } from "../sign-in/actions";

/** A form, not a link: signing out changes state, so it is a POST that carries Origin and Sec-Fetch-Site. */
export function SignOutButton({ label = "Sign out" }: { label?: string }) {
  const [state, formAction, pending] = useActionState(signOutAction, undefined);
  // Success is a redirect, so a state is always a refusal; narrowed for the type.
  const failure = state && !state.ok ? state : undefined;
  return (
    <form action={formAction}>
      <button type="submit" disabled={pending}>
        {label}
      </button>
      {failure && (
        <span role="alert" className="error">
          {" "}
          {failure.error}
        </span>
      )}
    </form>
  );
}
