-- Reviewer decisions on the article extractor's proposals (issue 14): one row per proposal reviewed, with the
-- rule that made it, and counts per rule and language kept in step by a trigger, so that the import page shows
-- live precision per rule by reading a handful of rows. Nothing to backfill: proposals saved before this
-- migration kept no record of their rule.
CREATE TABLE `extraction_decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` integer NOT NULL,
	`candidate_key` text NOT NULL,
	`rule` text NOT NULL,
	`attribution_kind` text NOT NULL,
	`language` text DEFAULT 'en' NOT NULL,
	`decision` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "extraction_decisions_decision_ck" CHECK("extraction_decisions"."decision" in ('accepted', 'corrected', 'rejected')),
	CONSTRAINT "extraction_decisions_kind_ck" CHECK("extraction_decisions"."attribution_kind" in ('full_name', 'given_name', 'title_and_name', 'title_only', 'role_reference', 'pronoun', 'country', 'continuation'))
);
--> statement-breakpoint
CREATE INDEX `extraction_decisions_source_idx` ON `extraction_decisions` (`source_id`);
--> statement-breakpoint
CREATE TABLE `extraction_rule_counts` (
	`rule` text NOT NULL,
	`language` text NOT NULL,
	`accepted` integer DEFAULT 0 NOT NULL,
	`corrected` integer DEFAULT 0 NOT NULL,
	`rejected` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`rule`, `language`)
);
--> statement-breakpoint
CREATE TRIGGER `extraction_decisions_count_ai` AFTER INSERT ON `extraction_decisions` BEGIN
	INSERT INTO `extraction_rule_counts` (`rule`, `language`, `accepted`, `corrected`, `rejected`)
	VALUES (NEW.`rule`, NEW.`language`, NEW.`decision` = 'accepted', NEW.`decision` = 'corrected', NEW.`decision` = 'rejected')
	ON CONFLICT (`rule`, `language`) DO UPDATE SET
		`accepted` = `accepted` + excluded.`accepted`,
		`corrected` = `corrected` + excluded.`corrected`,
		`rejected` = `rejected` + excluded.`rejected`;
END;
--> statement-breakpoint
CREATE TRIGGER `extraction_decisions_no_update` BEFORE UPDATE ON `extraction_decisions` BEGIN
	SELECT RAISE(ABORT, 'extraction decisions are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `extraction_decisions_no_delete` BEFORE DELETE ON `extraction_decisions` BEGIN
	SELECT RAISE(ABORT, 'extraction decisions are append-only');
END;
