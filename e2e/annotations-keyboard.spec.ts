import { expect, test } from "@playwright/test";
import { signInAs } from "./fixtures/auth";

// Its own record: no other journey annotates it.
const RECORD = "3gpkwnxtdc";

test("keyboard only: write a note with tags, save it, edit it, delete and undelete it", async ({ page }) => {
  const path = `/positions/${RECORD}`;
  await signInAs(page, "analyst", path);
  await page.goto(path);
  const marker = `kbd-${Date.now().toString(36)}`;
  const form = page.getByRole("form", { name: "New annotation" });

  // Typing and moving between fields with Tab, saving with Enter on the button: no pointer anywhere.
  await form.getByLabel("Note (Markdown)").focus();
  await page.keyboard.type(`Keyboard note ${marker}`);
  await page.keyboard.press("Tab");
  await expect(form.getByLabel("Tags (comma-separated)")).toBeFocused();
  await page.keyboard.type("keyboard, follow up");
  const add = form.getByRole("button", { name: "Add note" });
  await add.focus();
  await page.keyboard.press("Enter");
  await expect(form.getByTestId("editor-status")).toHaveText("Saved.");
  const hash = new URL(page.url()).hash;
  expect(hash).toMatch(/^#annotation-[a-z0-9]{12}$/);
  const card = page.locator(hash);
  await expect(card.getByRole("list", { name: "Tags" }).getByRole("listitem")).toHaveText([
    "follow-up",
    "keyboard",
  ]);

  // Edit: Enter on Edit opens the editor on the note's own text; Enter on Save keeps the change.
  await card.getByRole("button", { name: "Edit" }).focus();
  await page.keyboard.press("Enter");
  const editor = card.getByRole("form", { name: "Edit annotation" });
  const body = editor.getByLabel("Note (Markdown)");
  await expect(body).toHaveValue(`Keyboard note ${marker}`);
  await body.focus();
  await page.keyboard.press("End");
  await page.keyboard.type(" (edited)");
  await editor.getByRole("button", { name: "Save" }).focus();
  await page.keyboard.press("Enter");
  await expect(card.getByTestId("annotation-body")).toHaveText(`Keyboard note ${marker} (edited)`);

  // Delete and undelete, the space bar pressing the buttons.
  await card.getByRole("button", { name: "Delete" }).focus();
  await page.keyboard.press("Space");
  await expect(card).toHaveAttribute("aria-label", "Deleted annotation");
  // Deleted notes fold away under their own summary, which Enter opens.
  await page.getByText(/^Deleted annotations \(\d+\)$/).focus();
  await page.keyboard.press("Enter");
  await card.getByRole("button", { name: "Undelete" }).focus();
  await page.keyboard.press("Space");
  await expect(card).toHaveAttribute("aria-label", "Annotation by E2E analyst");

  // It was all saved: a reload shows the edited note.
  await page.reload();
  await expect(page.locator(hash).getByTestId("annotation-body")).toHaveText(
    `Keyboard note ${marker} (edited)`,
  );
});
