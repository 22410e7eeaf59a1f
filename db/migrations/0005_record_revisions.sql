CREATE TABLE `statement_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`statement_id` integer NOT NULL,
	`version` integer NOT NULL,
	`action` text NOT NULL,
	`snapshot` text NOT NULL,
	`author_id` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "statement_revisions_action_ck" CHECK(action in ('create', 'edit', 'delete', 'restore')),
	CONSTRAINT "statement_revisions_snapshot_ck" CHECK(json_valid("statement_revisions"."snapshot"))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `statement_revisions_version_uq` ON `statement_revisions` (`statement_id`,`version`);--> statement-breakpoint
ALTER TABLE `statements` ADD `version` integer DEFAULT 1 NOT NULL;