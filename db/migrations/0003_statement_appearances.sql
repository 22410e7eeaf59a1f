CREATE TABLE `statement_appearances` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`statement_id` integer NOT NULL,
	`source_id` integer NOT NULL,
	`evidence_start` integer NOT NULL,
	`evidence_end` integer NOT NULL,
	`evidence_text` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "statement_appearances_evidence_ck" CHECK("statement_appearances"."evidence_start" >= 0 and "statement_appearances"."evidence_end" > "statement_appearances"."evidence_start" and length("statement_appearances"."evidence_text") > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `statement_appearances_uq` ON `statement_appearances` (`statement_id`,`source_id`,`evidence_start`);--> statement-breakpoint
CREATE INDEX `statement_appearances_source_idx` ON `statement_appearances` (`source_id`);