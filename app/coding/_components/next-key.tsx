"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { type ReactNode, useEffect, useState } from "react";

/** Typing in a field must not leave the page: the shortcut only works outside inputs. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * A link that the N key also follows (one keystroke to the next record of the queue). A plain link without
 * JavaScript; the key is announced through aria-keyshortcuts. `document`: the target is a route handler (a
 * redirect), which the client router cannot render, so both the link and the key load it as a document.
 */
export function NextKeyLink({
  href,
  children,
  className,
  testId,
  document: asDocument = false,
}: {
  href: string;
  document?: boolean;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  const router = useRouter();
  // Set once the key listener is installed: before hydration the key does nothing, and a test waits for this.
  const [listening, setListening] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "n" && e.key !== "N") return;
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || isTyping(e.target)) return;
      e.preventDefault();
      if (asDocument) window.location.assign(href);
      else router.push(href);
    };
    window.addEventListener("keydown", onKey);
    setListening(true);
    return () => window.removeEventListener("keydown", onKey);
  }, [href, router, asDocument]);
  if (asDocument) {
    return (
      <a
        href={href}
        className={className}
        aria-keyshortcuts="n"
        data-testid={testId}
        data-keys={listening ? "on" : undefined}
      >
        {children} <kbd>N</kbd>
      </a>
    );
  }
  return (
    <Link
      href={href}
      className={className}
      aria-keyshortcuts="n"
      data-testid={testId}
      data-keys={listening ? "on" : undefined}
      prefetch={false}
    >
      {children} <kbd>N</kbd>
    </Link>
  );
}
