import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf, topField } from "./field-errors";

const form = z.object({
  name: z.string().min(1, "Enter a name."),
  roles: z.array(z.object({ title: z.string().min(1, "Enter the title.") })),
  tags: z.array(z.string().max(3, "At most 3 characters.")),
});

describe("field errors", () => {
  const error = form.safeParse({ name: "", roles: [{ title: "" }], tags: ["ok", "toolong", "worse!"] }).error;
  if (!error) throw new Error("expected the form to be refused");

  it("names nested fields by their whole path, so a form can mark the exact input", () => {
    expect(fieldErrorsOf(error)).toEqual({
      name: "Enter a name.",
      "roles.0.title": "Enter the title.",
      "tags.1": "At most 3 characters.",
      "tags.2": "At most 3 characters.",
    });
  });

  it("keeps the first problem of a field when only top-level fields are marked", () => {
    expect(fieldErrorsOf(error, topField)).toEqual({
      name: "Enter a name.",
      roles: "Enter the title.",
      tags: "At most 3 characters.",
    });
  });

  it("files a problem of the whole input under form", () => {
    const whole = z
      .object({ a: z.string(), b: z.string() })
      .refine((v) => v.a !== v.b, "Pick two different values.")
      .safeParse({ a: "x", b: "x" }).error;
    expect(whole && fieldErrorsOf(whole)).toEqual({ form: "Pick two different values." });
  });
});
