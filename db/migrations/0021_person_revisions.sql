-- Edit history of people (issue 12): one row per edit of a person's names, aliases or roles, append-only.
CREATE TABLE `person_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`version` integer NOT NULL,
	`snapshot` text NOT NULL,
	`author_id` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "person_revisions_snapshot_ck" CHECK(json_valid("person_revisions"."snapshot"))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `person_revisions_version_uq` ON `person_revisions` (`person_id`,`version`);--> statement-breakpoint
CREATE TRIGGER person_revisions_no_update BEFORE UPDATE ON person_revisions BEGIN
  SELECT RAISE(ABORT, 'person_revisions is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER person_revisions_no_delete BEFORE DELETE ON person_revisions BEGIN
  SELECT RAISE(ABORT, 'person_revisions is append-only');
END;
