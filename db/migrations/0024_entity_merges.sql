-- Merges of people and events (issue 12): the merged row is kept and marked, and event edits get an append-only history.
CREATE TABLE `event_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`version` integer NOT NULL,
	`snapshot` text NOT NULL,
	`author_id` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "event_revisions_snapshot_ck" CHECK(json_valid("event_revisions"."snapshot"))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `event_revisions_version_uq` ON `event_revisions` (`event_id`,`version`);--> statement-breakpoint
ALTER TABLE `events` ADD `merged_into_id` integer REFERENCES events(id);--> statement-breakpoint
ALTER TABLE `persons` ADD `merged_into_id` integer REFERENCES persons(id);--> statement-breakpoint
CREATE TRIGGER event_revisions_no_update BEFORE UPDATE ON event_revisions BEGIN
  SELECT RAISE(ABORT, 'event_revisions is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER event_revisions_no_delete BEFORE DELETE ON event_revisions BEGIN
  SELECT RAISE(ABORT, 'event_revisions is append-only');
END;
--> statement-breakpoint
-- A merged person or event keeps its row (its revisions and older record revisions name it) but nothing may be
-- attached to it again: a form opened before the merge must fail instead of re-creating the duplicate.
CREATE TRIGGER statements_merged_person_insert BEFORE INSERT ON statements
WHEN NEW.person_id IS NOT NULL AND (SELECT merged_into_id FROM persons WHERE id = NEW.person_id) IS NOT NULL BEGIN
  SELECT RAISE(ABORT, 'that person was merged into another');
END;
--> statement-breakpoint
CREATE TRIGGER statements_merged_person_update BEFORE UPDATE OF person_id ON statements
WHEN NEW.person_id IS NOT NULL AND (SELECT merged_into_id FROM persons WHERE id = NEW.person_id) IS NOT NULL BEGIN
  SELECT RAISE(ABORT, 'that person was merged into another');
END;
--> statement-breakpoint
CREATE TRIGGER statements_merged_event_insert BEFORE INSERT ON statements
WHEN NEW.event_id IS NOT NULL AND (SELECT merged_into_id FROM events WHERE id = NEW.event_id) IS NOT NULL BEGIN
  SELECT RAISE(ABORT, 'that event was merged into another');
END;
--> statement-breakpoint
CREATE TRIGGER statements_merged_event_update BEFORE UPDATE OF event_id ON statements
WHEN NEW.event_id IS NOT NULL AND (SELECT merged_into_id FROM events WHERE id = NEW.event_id) IS NOT NULL BEGIN
  SELECT RAISE(ABORT, 'that event was merged into another');
END;
--> statement-breakpoint
CREATE TRIGGER roles_merged_person BEFORE INSERT ON roles
WHEN (SELECT merged_into_id FROM persons WHERE id = NEW.person_id) IS NOT NULL BEGIN
  SELECT RAISE(ABORT, 'that person was merged into another');
END;
--> statement-breakpoint
CREATE TRIGGER roles_merged_person_update BEFORE UPDATE OF person_id ON roles
WHEN (SELECT merged_into_id FROM persons WHERE id = NEW.person_id) IS NOT NULL BEGIN
  SELECT RAISE(ABORT, 'that person was merged into another');
END;
--> statement-breakpoint
CREATE TRIGGER person_aliases_merged_person BEFORE INSERT ON person_aliases
WHEN (SELECT merged_into_id FROM persons WHERE id = NEW.person_id) IS NOT NULL BEGIN
  SELECT RAISE(ABORT, 'that person was merged into another');
END;
--> statement-breakpoint
-- The events list counts the merged events to take them off its maintained total.
CREATE INDEX events_merged_idx ON events (merged_into_id) WHERE merged_into_id IS NOT NULL;
