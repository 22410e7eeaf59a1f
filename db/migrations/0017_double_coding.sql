-- Double coding and review (issue 12). Each coder's own codes (coder_codes, one sheet per record and coder with
-- its version), reviewers' decisions with their reason (code_decisions, append-only), and on coded_positions the
-- review status of the current code: coded_positions stays the one table comparisons, timelines and the read
-- models' triggers read (db/queries/review-codes.ts settles it from the coders' codes).
--
-- Existing codes become drafts of one unknown coder (the column's default): nobody knows who coded them or
-- whether a second look happened, so they are not "agreed"; the first analyst who codes such an item replaces
-- the unattributed draft with their own, as an edit did before, and a second coder starts the comparison.
CREATE TABLE `code_decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`statement_id` integer NOT NULL,
	`proposition_id` integer NOT NULL,
	`decider_id` text NOT NULL,
	`kind` text NOT NULL,
	`status` text,
	`stance` integer,
	`basis` text,
	`note` text,
	`reason` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proposition_id`) REFERENCES `propositions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decider_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "code_decisions_kind_ck" CHECK(kind in ('adjudication', 'restore')),
	CONSTRAINT "code_decisions_reason_ck" CHECK(length(trim("code_decisions"."reason")) > 0)
);
--> statement-breakpoint
CREATE INDEX `code_decisions_item_idx` ON `code_decisions` (`statement_id`,`proposition_id`);--> statement-breakpoint
CREATE TABLE `coder_codes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`statement_id` integer NOT NULL,
	`proposition_id` integer NOT NULL,
	`coder_id` text NOT NULL,
	`status` text NOT NULL,
	`stance` integer,
	`basis` text,
	`note` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`proposition_id`) REFERENCES `propositions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`coder_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "coder_codes_status_ck" CHECK(status in ('stated', 'ambiguous', 'no_position', 'not_addressed')),
	CONSTRAINT "coder_codes_stance_ck" CHECK(("coder_codes"."status" = 'stated' and "coder_codes"."stance" is not null and "coder_codes"."stance" between -2 and 2) or ("coder_codes"."status" <> 'stated' and "coder_codes"."stance" is null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `coder_codes_item_coder_uq` ON `coder_codes` (`statement_id`,`proposition_id`,`coder_id`);--> statement-breakpoint
CREATE INDEX `coder_codes_coder_idx` ON `coder_codes` (`coder_id`);--> statement-breakpoint
CREATE TABLE `coder_sheets` (
	`statement_id` integer NOT NULL,
	`coder_id` text NOT NULL,
	`version` integer NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`statement_id`, `coder_id`),
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`coder_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
-- ADD COLUMN, not the table rebuild drizzle-kit proposes: a rebuild would drop every trigger on coded_positions
-- (timeline, entity, compare and coding read models) and rewrite a million rows; this changes the schema only.
ALTER TABLE `coded_positions` ADD COLUMN `review_status` text DEFAULT 'draft' NOT NULL
  CONSTRAINT "coded_positions_review_status_ck" CHECK(review_status in ('draft', 'agreed', 'disputed', 'adjudicated'));
--> statement-breakpoint
-- Only double-coded items are in it (a partial index): what the agreement page reads.
CREATE INDEX `coded_positions_review_idx` ON `coded_positions` (`review_status`,`proposition_id`) WHERE review_status <> 'draft';
--> statement-breakpoint
CREATE TRIGGER code_decisions_no_update BEFORE UPDATE ON code_decisions BEGIN
  SELECT RAISE(ABORT, 'code_decisions is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER code_decisions_no_delete BEFORE DELETE ON code_decisions BEGIN
  SELECT RAISE(ABORT, 'code_decisions is append-only');
END;
--> statement-breakpoint
-- Records with at least one disputed code, and how many: "disputed" as a coding filter and facet reads these
-- rows and the count below, never a scan of coded_positions. Rows leave when their last dispute is settled.
CREATE TABLE `disputed_records` (
  `statement_id` integer PRIMARY KEY NOT NULL,
  `n` integer NOT NULL
);
--> statement-breakpoint
-- Per review status, the coded positions that have it (draft excepted: every coding starts as one), and under
-- 'disputed_records' the number of rows of disputed_records.
CREATE TABLE `review_status_counts` (
  `status` text PRIMARY KEY NOT NULL,
  `n` integer NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO review_status_counts (status, n)
SELECT 'agreed', 0 UNION ALL SELECT 'disputed', 0 UNION ALL SELECT 'adjudicated', 0 UNION ALL SELECT 'disputed_records', 0;
--> statement-breakpoint
CREATE TRIGGER disputed_records_insert AFTER INSERT ON disputed_records BEGIN
  UPDATE review_status_counts SET n = n + 1 WHERE status = 'disputed_records';
END;
--> statement-breakpoint
CREATE TRIGGER disputed_records_delete AFTER DELETE ON disputed_records BEGIN
  UPDATE review_status_counts SET n = n - 1 WHERE status = 'disputed_records';
END;
--> statement-breakpoint
-- The WHEN clauses keep bulk loads (drafts only) at the cost of a comparison per row.
CREATE TRIGGER review_coded_insert AFTER INSERT ON coded_positions WHEN NEW.review_status <> 'draft' BEGIN
  UPDATE review_status_counts SET n = n + 1 WHERE status = NEW.review_status;
  INSERT INTO disputed_records (statement_id, n) SELECT NEW.statement_id, 1 WHERE NEW.review_status = 'disputed'
  ON CONFLICT (statement_id) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER review_coded_delete AFTER DELETE ON coded_positions WHEN OLD.review_status <> 'draft' BEGIN
  UPDATE review_status_counts SET n = n - 1 WHERE status = OLD.review_status;
  UPDATE disputed_records SET n = n - 1 WHERE statement_id = OLD.statement_id AND OLD.review_status = 'disputed';
  DELETE FROM disputed_records WHERE statement_id = OLD.statement_id AND n <= 0;
END;
--> statement-breakpoint
CREATE TRIGGER review_coded_update AFTER UPDATE OF review_status, statement_id ON coded_positions
WHEN OLD.review_status <> NEW.review_status OR OLD.statement_id <> NEW.statement_id BEGIN
  UPDATE review_status_counts SET n = n - 1 WHERE status = OLD.review_status AND OLD.review_status <> 'draft';
  UPDATE review_status_counts SET n = n + 1 WHERE status = NEW.review_status AND NEW.review_status <> 'draft';
  UPDATE disputed_records SET n = n - 1 WHERE statement_id = OLD.statement_id AND OLD.review_status = 'disputed';
  DELETE FROM disputed_records WHERE statement_id = OLD.statement_id AND n <= 0;
  INSERT INTO disputed_records (statement_id, n) SELECT NEW.statement_id, 1 WHERE NEW.review_status = 'disputed'
  ON CONFLICT (statement_id) DO UPDATE SET n = n + 1;
END;
