-- Saved views (issue 13): a user's named table, comparison or timeline URL, private or shared, and per user the
-- marks (newest statement and revision ids) of when they last opened it, from which "new or changed since" is
-- counted. New tables only: nothing to backfill.
CREATE TABLE `saved_views` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`owner_id` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`url` text NOT NULL,
	`shared` integer DEFAULT false NOT NULL,
	`statement_mark` integer NOT NULL,
	`revision_mark` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "saved_views_kind_ck" CHECK(kind in ('positions', 'compare', 'timeline')),
	CONSTRAINT "saved_views_name_ck" CHECK(length("saved_views"."name") between 1 and 120)
);
--> statement-breakpoint
CREATE INDEX `saved_views_owner_idx` ON `saved_views` (`owner_id`,`id`);
--> statement-breakpoint
CREATE INDEX `saved_views_shared_idx` ON `saved_views` (`shared`,`id`);
--> statement-breakpoint
CREATE TABLE `saved_view_opens` (
	`view_id` integer NOT NULL,
	`user_id` text NOT NULL,
	`statement_mark` integer NOT NULL,
	`revision_mark` integer NOT NULL,
	`opened_at` text NOT NULL,
	PRIMARY KEY(`view_id`, `user_id`),
	FOREIGN KEY (`view_id`) REFERENCES `saved_views`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
