CREATE TABLE `audit_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`action` text NOT NULL,
	`actor_id` text,
	`actor_email` text,
	`target` text,
	`address` text,
	`detail` text,
	CONSTRAINT "audit_events_action_ck" CHECK(action in ('sign_in', 'sign_in_failed', 'sign_in_throttled', 'password_changed', 'user_created', 'role_changed', 'user_disabled', 'user_enabled', 'password_reset', 'article_imported', 'records_imported', 'database_restored'))
);
--> statement-breakpoint
CREATE INDEX `audit_events_at_idx` ON `audit_events` (`at`);--> statement-breakpoint
CREATE INDEX `audit_events_action_at_idx` ON `audit_events` (`action`,`at`);--> statement-breakpoint
-- The audit log is evidence: the database itself refuses to rewrite or erase it.
CREATE TRIGGER audit_events_no_update
BEFORE UPDATE ON audit_events
BEGIN
  SELECT RAISE(ABORT, 'audit_events is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_delete
BEFORE DELETE ON audit_events
BEGIN
  SELECT RAISE(ABORT, 'audit_events is append-only');
END;
