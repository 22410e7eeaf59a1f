import { type Browser, expect, type Page, test } from "@playwright/test";
import { signInAs, type TestAccount } from "./fixtures/auth";

// Seed records nobody else's journey relies on: an undated, unresolved, uncoded snippet, and another uncoded one.
const UNCODED = "gdm6h7r959";
const CONFLICT = "kb9a32r2ft";

async function signedIn(browser: Browser, account: TestAccount): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, account);
  return page;
}

test("an analyst codes a position on an uncoded record and fixes its date", async ({ page }) => {
  await signInAs(page, "analyst");
  await page.goto(`/positions/${UNCODED}`);
  await expect(page.getByTestId("no-positions")).toBeVisible();
  await expect(page.getByTestId("record-history-empty")).toBeVisible();
  await page.getByTestId("edit-record").click();
  await expect(page.getByRole("heading", { level: 1, name: `Edit record ${UNCODED}` })).toBeVisible();

  const row = page.getByTestId("coding-cyber-threats-growing");
  await row.getByLabel("Position").selectOption({ label: "+1 supports" });
  await row.getByLabel("Words that carry it").fill("a steadfast force on the ideological and cultural front");
  await row.getByLabel("Note").fill("Coded in the e2e journey.");
  await page.getByRole("button", { name: "Save coded positions" }).click();
  await expect(page.getByTestId("coding-form").getByRole("status")).toContainText("Coded positions saved");

  // An invalid date gets a field error, not a database failure, and the typed values stay.
  const core = page.getByTestId("core-form");
  await core.getByLabel("Date precision").selectOption("day");
  await core.getByLabel("First possible day").fill("2024-06-20");
  await core.getByLabel("Last possible day").fill("2024-06-21");
  await core.getByLabel("Date basis").selectOption("inferred");
  await page.getByRole("button", { name: "Save record" }).click();
  await expect(core.getByText("A single day: the first and last day are the same.")).toBeVisible();
  await expect(core.getByLabel("Last possible day")).toHaveAttribute("aria-invalid", "true");
  await expect(core.getByLabel("First possible day")).toHaveValue("2024-06-20");
  await core.getByLabel("Last possible day").fill("2024-06-20");
  await page.getByRole("button", { name: "Save record" }).click();
  await expect(core.getByRole("status")).toContainText("Record saved");
  await page.screenshot({ path: "test-results/screenshots/record-edit.png", fullPage: true });

  await page.goto(`/positions/${UNCODED}`);
  await expect(page.getByTestId("coded-positions")).toContainText("Cyber threats are growing");
  await expect(page.getByTestId("coded-positions")).toContainText("a steadfast force");
  await expect(page.getByTestId("date")).toContainText("20 Jun 2024");
  await expect(page.getByTestId("date")).toContainText("precision: day; inferred");
  await expect(page.getByTestId("record-history")).toContainText("changed coded positions");
  await expect(page.getByTestId("record-history")).toContainText("E2E analyst");
  await page.screenshot({ path: "test-results/screenshots/record-after-edit.png", fullPage: true });

  await page.goto("/positions?q=steadfast");
  const listed = page.getByRole("row").filter({ has: page.locator(`a[href="/positions/${UNCODED}"]`) });
  await expect(listed).toContainText("20 Jun 2024");
});

test("a viewer and an anonymous reader see no edit controls, and the editor answers them as missing", async ({
  page,
}) => {
  await page.goto(`/positions/${UNCODED}`);
  await expect(page.getByTestId("statement")).toBeVisible();
  await expect(page.getByTestId("edit-record")).toHaveCount(0);
  await signInAs(page, "viewer");
  await page.goto(`/positions/${UNCODED}`);
  await expect(page.getByTestId("statement")).toBeVisible();
  await expect(page.getByTestId("edit-record")).toHaveCount(0);
  const response = await page.goto(`/positions/${UNCODED}/edit`);
  expect(response?.status()).toBe(404);
});

test("two editors: the second save shows the conflict with both values and keeps the typed ones", async ({
  browser,
}) => {
  const first = await signedIn(browser, "analyst");
  const second = await signedIn(browser, "analyst2");
  await first.goto(`/positions/${CONFLICT}/edit`);
  await second.goto(`/positions/${CONFLICT}/edit`);

  await first.getByTestId("core-form").getByLabel("Display text").fill("Text saved by the first editor.");
  await first.getByRole("button", { name: "Save record" }).click();
  await expect(first.getByTestId("core-form").getByRole("status")).toContainText("Record saved");

  const core = second.getByTestId("core-form");
  await core.getByLabel("Display text").fill("Text typed by the second editor.");
  await second.getByRole("button", { name: "Save record" }).click();
  const conflict = second.getByTestId("record-conflict");
  await expect(conflict).toContainText("Someone saved this record");
  await expect(conflict).toContainText("Text typed by the second editor.");
  await expect(conflict).toContainText("Text saved by the first editor.");
  await expect(core.getByLabel("Display text")).toHaveValue("Text typed by the second editor.");
  await second.screenshot({ path: "test-results/screenshots/record-edit-conflict.png", fullPage: true });

  // Keeping one's own values and saving again goes through, on top of the colleague's version.
  await conflict.getByRole("button", { name: "Keep mine" }).click();
  await second.getByRole("button", { name: "Save record" }).click();
  await expect(core.getByRole("status")).toContainText("Record saved");
  await second.goto(`/positions/${CONFLICT}`);
  await expect(second.getByTestId("statement")).toHaveText("Text typed by the second editor.");
  await expect(second.getByTestId("record-history").getByRole("listitem")).toHaveCount(2);
});

// After the first journey here has coded and dated the same record: the project runs this file in order.
test("“President Cuong said” is resolved by creating the person, the role and its organisation in place", async ({
  page,
}) => {
  await signInAs(page, "analyst");
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(`/positions/${UNCODED}`);
  await expect(page.getByTestId("speaker")).toContainText("President Cuong said");
  await page.getByTestId("edit-record").click();
  const core = page.getByTestId("core-form");
  await core.getByRole("radio", { name: "A person not yet in the database" }).check();
  const person = core.getByTestId("new-person");
  await person.getByLabel("Name as English-language sources write it").fill("Luong Cuong");
  await person.getByLabel("Native name, with diacritics").fill("Lương Cường");
  await expect(person.getByLabel("Country (two letters)")).toHaveValue("VN");
  await person.getByLabel("Post held (role title)").fill("President of Viet Nam");
  await person.getByLabel("Organisation").selectOption({ label: "Another organisation…" });
  await person.getByLabel("New organisation's name").fill("Office of the President");
  await person.getByLabel("Kind of organisation").selectOption({ label: "Government" });
  // A role cannot end before it starts: a field error, and nothing typed is lost.
  await person.getByLabel("Role from").fill("2024-10-21");
  await person.getByLabel("Role to").fill("2023");
  await core
    .getByLabel("Attribution note")
    .fill("“President Cuong”: Lương Cường, State President since 21 October 2024.");
  await page.getByRole("button", { name: "Save record" }).click();
  await expect(person.getByText("The role cannot end before it starts.")).toBeVisible();
  await expect(person.getByLabel("Role to")).toHaveAttribute("aria-invalid", "true");
  await expect(person.getByLabel("Native name, with diacritics")).toHaveValue("Lương Cường");
  await page.screenshot({ path: "test-results/screenshots/new-person-form.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/screenshots/new-person-form-phone.png", fullPage: true });
  await page.setViewportSize({ width: 1366, height: 900 });

  await person.getByLabel("Role to").fill("");
  await page.getByRole("button", { name: "Save record" }).click();
  await expect(core.getByRole("status")).toContainText("Record saved");
  // The form now shows the record as saved: resolved to the new person, in the role created with them.
  await expect(core.getByRole("radio", { name: "Resolved to a person" })).toBeChecked();
  await expect(core.getByLabel("Speaker")).toHaveValue("luong-cuong");

  await page.goto(`/positions/${UNCODED}`);
  await expect(page.getByTestId("speaker")).toContainText("Lương Cường");
  await expect(page.getByTestId("role")).toContainText("President of Viet Nam");
  const created = page.getByTestId("created-in-place");
  await expect(created).toContainText("Created the person Lương Cường (Luong Cuong), VN");
  await expect(created).toContainText("Created the organisation Office of the President (government)");
  await expect(created).toContainText(
    "Created the role President of Viet Nam, Office of the President, from 21 Oct 2024",
  );
  await expect(page.getByTestId("record-history").getByTestId("change-person")).toContainText("Lương Cường");
  await page.screenshot({ path: "test-results/screenshots/new-person-record.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/screenshots/new-person-record-phone.png", fullPage: true });

  await page.goto("/officials/luong-cuong");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Lương Cường");
  await expect(page.getByText("President of Viet Nam").first()).toBeVisible();
});

test("the person created in place is edited: an alias and a corrected role, each in the person's history", async ({
  page,
}) => {
  await signInAs(page, "analyst");
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/officials/luong-cuong");
  await page.getByTestId("edit-person").click();
  const form = page.getByTestId("person-form");
  await form.getByLabel("Aliases").fill("President Cuong\nCường");
  const role = form.getByTestId("person-role-0");
  await expect(role.getByLabel("From")).toHaveValue("2024-10-21");
  await role.getByLabel("To").fill("2024-01");
  await form.getByRole("button", { name: "Save person" }).click();
  await expect(role.getByText("The role cannot end before it starts.")).toBeVisible();
  await expect(form.getByLabel("Aliases")).toHaveValue("President Cuong\nCường");
  await role.getByLabel("To").fill("");
  await role.getByLabel("Rank").fill("General");
  await form.getByRole("button", { name: "Save person" }).click();
  await expect(form.getByRole("status")).toContainText("Saved (version 2)");
  await page.screenshot({ path: "test-results/screenshots/person-edit.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/screenshots/person-edit-phone.png", fullPage: true });
  await page.setViewportSize({ width: 1366, height: 900 });

  await page.goto("/officials/luong-cuong");
  await expect(page.getByText("aliases: Cường, President Cuong")).toBeVisible();
  const history = page.getByTestId("person-history");
  await expect(history).toContainText("Version 2");
  await expect(history.getByTestId("person-change").filter({ hasText: "Aliases" })).toContainText(
    "President Cuong",
  );
  await expect(history.getByTestId("person-change").filter({ hasText: "Role" })).toContainText(
    "President of Viet Nam, General, Office of the President, 2024-10-21 – end unknown",
  );
  await page.screenshot({ path: "test-results/screenshots/person-history.png", fullPage: true });
});
