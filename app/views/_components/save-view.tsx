import { getCurrentUser } from "@/app/_server/current-user";
import { SaveViewForm } from "./save-view-form";

/** "Save this view" on the table, comparison and timeline pages, for signed-in users only. */
export async function SaveView({ url, name }: { url: string; name: string }) {
  const user = await getCurrentUser();
  return user ? <SaveViewForm url={url} suggestedName={name} /> : null;
}
