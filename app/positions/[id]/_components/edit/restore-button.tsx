"use client";

import { RestoreVersionButton } from "@/app/_components/restore-version-button";
import { restoreRecordAction } from "../../actions";

/** "Restore this version" of a record (app/_components/restore-version-button.tsx says how stale pages are caught). */
export function RestoreButton(props: { publicId: string; pageVersion: number; version: number }) {
  return (
    <RestoreVersionButton
      action={restoreRecordAction}
      input={{ publicId: props.publicId, expectedVersion: props.pageVersion, version: props.version }}
    />
  );
}
