import path from "node:path";
import { expect, type Locator, test } from "@playwright/test";
import Database from "better-sqlite3";
import { signInAs } from "./fixtures/auth";

// People and events of this journey's own, written straight into the server's database (e2e/server.sh makes it),
// so that no other journey's seed data changes. It runs in the last project: the home page counts events.
function serverDb() {
  const file = path.resolve("test-results/e2e-db", `positions-${process.env.E2E_PORT}.db`);
  const db = new Database(file);
  db.pragma("busy_timeout = 5000");
  db.pragma("foreign_keys = ON");
  return db;
}

const SCREENS = "test-results/screens";

test("an analyst merges a duplicate person, and the old permalink opens the person who stayed", async ({
  page,
}) => {
  const tag = Date.now().toString(36);
  const keep = `e2e-keep-${tag}`;
  const dup = `e2e-dup-${tag}`;
  const db = serverDb();
  try {
    db.prepare("INSERT INTO persons (slug, name, native_name, country) VALUES (?, ?, ?, 'VN')").run(
      keep,
      `Tran Van Thu ${tag}`,
      `Trần Văn Thử ${tag}`,
    );
    const dupId = db
      .prepare("INSERT INTO persons (slug, name, country) VALUES (?, ?, 'VN')")
      .run(dup, `Tran V. Thu ${tag}`).lastInsertRowid;
    db.prepare("INSERT INTO person_aliases (person_id, alias) VALUES (?, ?)").run(dupId, `Thu ${tag}`);
    db.prepare("INSERT INTO roles (slug, person_id, title) VALUES (?, ?, 'Deputy Minister of Justice')").run(
      `${dup}-deputy`,
      dupId,
    );
  } finally {
    db.close();
  }

  await signInAs(page, "analyst", `/officials/${keep}`);
  await page.goto(`/officials/${keep}`);
  await page.getByTestId("merge-person").click();
  await page.waitForURL(`**/officials/${keep}/merge`);
  // Picked by name, not by id.
  await page.getByLabel("The duplicate").selectOption({ label: `Tran V. Thu ${tag}, VN` });
  await page.getByRole("button", { name: "See what would move" }).click();
  await page.waitForURL((url) => url.searchParams.get("with") === dup);
  const preview = page.getByTestId("merge-preview");
  await expect(preview).toContainText("0 records move");
  await expect(preview).toContainText("1 role move: Deputy Minister of Justice");
  await expect(preview).toContainText(`gains the aliases “Tran V. Thu ${tag}”, “Thu ${tag}”`);
  await page.screenshot({ path: `${SCREENS}/person-merge-preview.png`, fullPage: true });
  await page.getByTestId("merge-confirm").click();

  // The survivor now holds the duplicate's role and names, and its history says what happened.
  await page.waitForURL(`**/officials/${keep}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Trần Văn Thử ${tag}`);
  await expect(page.getByTestId("roles")).toContainText("Deputy Minister of Justice");
  await expect(page.getByText(`aliases: Thu ${tag}, Tran V. Thu ${tag}`)).toBeVisible();
  await expect(page.getByTestId("person-version-2")).toContainText(
    `merged Tran V. Thu ${tag} into this person`,
  );

  // The old permalink, and a table link naming the old speaker, open the person who stayed.
  const old = await page.goto(`/officials/${dup}`);
  expect(old?.request().redirectedFrom()).not.toBeNull();
  await expect(page).toHaveURL(new RegExp(`/officials/${keep}$`));
  await page.goto(`/positions?speaker=${dup}&sort=-date`);
  await expect(page).toHaveURL(new RegExp(`speaker=${keep}&sort=-date$`));
  // The duplicate is no longer offered anywhere.
  await page.goto(`/officials?q=${encodeURIComponent(`Tran V. Thu ${tag}`)}`);
  await expect(page.getByRole("link", { name: `Trần Văn Thử ${tag}` })).toBeVisible();
  await expect(page.locator(`a[href="/officials/${dup}"]`)).toHaveCount(0);
});

test("an analyst edits an event, its history shows the old and new values, and an old version comes back", async ({
  page,
}) => {
  const tag = Date.now().toString(36);
  const slug = `e2e-summit-${tag}`;
  const db = serverDb();
  try {
    db.prepare(
      `INSERT INTO events (slug, name, kind, city, country, start_date, end_date, date_precision, date_basis)
       VALUES (?, ?, 'multilateral_meeting', 'Hanoi', 'VN', '2025-03-01', '2025-03-31', 'month', 'stated')`,
    ).run(slug, `ASEAN cyber summit ${tag}`);
  } finally {
    db.close();
  }

  await signInAs(page, "analyst", `/events/${slug}`);
  await page.goto(`/events/${slug}`);
  await page.getByTestId("edit-event").click();
  await page.waitForURL(`**/events/${slug}/edit`);
  const form = page.getByTestId("event-form");
  // A part of a month is refused under the date rule, with the field named.
  await form.getByLabel("Known to").selectOption("day");
  await form.getByRole("button", { name: "Save event" }).click();
  await expect(form.getByText("A single day: the first and last day are the same.")).toBeVisible();
  await form.getByLabel("Last possible day").fill("2025-03-01");
  await form.getByLabel("City").fill("Da Nang");
  await form.getByRole("button", { name: "Save event" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved (version 2).");
  await page.screenshot({ path: `${SCREENS}/event-edit.png`, fullPage: true });

  await page.goto(`/events/${slug}`);
  const v2 = page.getByTestId("event-version-2");
  await expect(v2).toContainText("edited by E2E analyst");
  await expectChange(v2, "City", "Hanoi", "Da Nang");
  await expectChange(v2, "Date", "Mar 2025 (stated)", "1 Mar 2025 (stated)");

  // Version 1 comes back as a new version; the edit it undoes stays in the history.
  await page.getByTestId("event-version-1").getByRole("button", { name: "Restore this version" }).click();
  const v3 = page.getByTestId("event-version-3");
  await expect(v3).toContainText("restored version 1");
  await expectChange(v3, "City", "Da Nang", "Hanoi");
  await expect(page.getByTestId("event-version-2")).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/event-history.png`, fullPage: true });
});

/** One row of a version's changes table: the field, its old value and its new one. */
async function expectChange(version: Locator, field: string, before: string, after: string) {
  const row = version
    .getByTestId("event-change")
    .filter({ has: version.page().getByRole("rowheader", { name: field, exact: true }) });
  await expect(row.locator("td")).toHaveText([before, after]);
}
