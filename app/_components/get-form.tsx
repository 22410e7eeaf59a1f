"use client";

import Form from "next/form";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";
import { hrefOf, nonEmptyQuery } from "@/lib/url-grammar";

/**
 * A search form (GET) that submits only its non-empty fields, so the address gets no `from=&to=` and the server
 * renders the view once, instead of redirecting to the canonical address and rendering it again. Without
 * JavaScript it is a plain GET form (the page then redirects an address with empty keys itself).
 */
export function GetForm({
  action,
  ...props
}: Omit<ComponentProps<typeof Form>, "action" | "onSubmit"> & { action: string }) {
  const router = useRouter();
  return (
    <Form
      {...props}
      action={action}
      onSubmit={(event) => {
        event.preventDefault();
        router.push(hrefOf(action, nonEmptyQuery(new FormData(event.currentTarget))));
      }}
    />
  );
}
