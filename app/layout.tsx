import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { AccountStatus } from "./_components/account-status";
import { getCurrentUser } from "./_server/current-user";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Positions", template: "%s · Positions" },
  description: "What Vietnamese officials said, where, when, and how it changed.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            Positions
          </Link>
          <nav aria-label="Main">
            <Link href="/positions">Records</Link>
            <Link href="/coding">Coding</Link>
            <Link href="/compare">Compare</Link>
            <Link href="/timeline">Timeline</Link>
            <Link href="/officials">Officials</Link>
            <Link href="/events">Events</Link>
            <Link href="/topics">Topics</Link>
            <Link href="/import">Import</Link>
            {user && <Link href="/views">Saved views</Link>}
          </nav>
          <AccountStatus user={user} />
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
