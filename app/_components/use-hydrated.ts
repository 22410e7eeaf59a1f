"use client";

import { useEffect, useState } from "react";

/**
 * False in the server's HTML and until the page has hydrated, then true. A form of controlled fields disables
 * them until then: typed before hydration, text is reset to the field's initial value and the rest of what was
 * typed lands in front of it.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
