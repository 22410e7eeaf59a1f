CREATE TABLE `annotation_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`annotation_id` integer NOT NULL,
	`version` integer NOT NULL,
	`action` text NOT NULL,
	`body` text NOT NULL,
	`tags` text NOT NULL,
	`anchor` text,
	`author_id` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`annotation_id`) REFERENCES `annotations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "annotation_revisions_action_ck" CHECK(action in ('create', 'edit', 'delete', 'restore')),
	CONSTRAINT "annotation_revisions_tags_ck" CHECK(json_valid("annotation_revisions"."tags") and json_type("annotation_revisions"."tags") = 'array')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `annotation_revisions_version_uq` ON `annotation_revisions` (`annotation_id`,`version`);--> statement-breakpoint
CREATE TABLE `annotation_tags` (
	`annotation_id` integer NOT NULL,
	`tag` text NOT NULL,
	PRIMARY KEY(`annotation_id`, `tag`),
	FOREIGN KEY (`annotation_id`) REFERENCES `annotations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `annotation_tags_tag_idx` ON `annotation_tags` (`tag`);--> statement-breakpoint
CREATE TABLE `annotations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`public_id` text NOT NULL,
	`statement_id` integer NOT NULL,
	`author_id` text NOT NULL,
	`body` text NOT NULL,
	`anchor` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_by` text,
	`deleted_at` text,
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "annotations_version_ck" CHECK("annotations"."version" >= 1),
	CONSTRAINT "annotations_anchor_ck" CHECK("annotations"."anchor" is null or json_valid("annotations"."anchor"))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `annotations_public_id_unique` ON `annotations` (`public_id`);--> statement-breakpoint
CREATE INDEX `annotations_statement_idx` ON `annotations` (`statement_id`);--> statement-breakpoint
CREATE TABLE `coded_positions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`statement_id` integer NOT NULL,
	`proposition_id` integer NOT NULL,
	`status` text NOT NULL,
	`stance` integer,
	`basis` text,
	`note` text,
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`proposition_id`) REFERENCES `propositions`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "coded_positions_status_ck" CHECK(status in ('stated', 'ambiguous', 'no_position', 'not_addressed')),
	CONSTRAINT "coded_positions_stance_ck" CHECK(("coded_positions"."status" = 'stated' and "coded_positions"."stance" is not null and "coded_positions"."stance" between -2 and 2) or ("coded_positions"."status" <> 'stated' and "coded_positions"."stance" is null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `coded_positions_statement_proposition_uq` ON `coded_positions` (`statement_id`,`proposition_id`);--> statement-breakpoint
CREATE INDEX `coded_positions_proposition_idx` ON `coded_positions` (`proposition_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`series` text,
	`edition` integer,
	`kind` text NOT NULL,
	`city` text,
	`country` text,
	`start_date` text,
	`end_date` text,
	`date_precision` text DEFAULT 'unknown' NOT NULL,
	`date_basis` text DEFAULT 'unknown' NOT NULL,
	`date_note` text,
	`organiser` text,
	`chair` text,
	`document_symbol` text,
	`outcome` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT "events_kind_ck" CHECK(kind in ('unsc_open_debate', 'unsc_briefing', 'unga_plenary', 'unga_committee', 'multilateral_meeting', 'ministerial_conference', 'summit', 'bilateral_talks', 'press_conference', 'domestic_meeting', 'parliamentary_session', 'interview', 'other')),
	CONSTRAINT "events_date_basis_ck" CHECK(date_basis in ('stated', 'inferred', 'unknown')),
	CONSTRAINT "events_precision_ck" CHECK(date_precision in ('day', 'month', 'year', 'range', 'unknown')),
	CONSTRAINT "events_dates_ck" CHECK((date_precision = 'unknown' and start_date is null and end_date is null) or (date_precision <> 'unknown' and start_date is not null and end_date is not null and start_date <= end_date and start_date glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' and end_date glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' and (date_precision <> 'day' or start_date = end_date) and (date_precision <> 'month' or (substr(start_date, 1, 7) = substr(end_date, 1, 7) and substr(start_date, 9) = '01')) and (date_precision <> 'year' or (substr(start_date, 6) = '01-01' and substr(end_date, 6) = '12-31' and substr(start_date, 1, 4) = substr(end_date, 1, 4)))))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `events_slug_unique` ON `events` (`slug`);--> statement-breakpoint
CREATE TABLE `organizations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`native_name` text,
	`kind` text NOT NULL,
	`country` text,
	`parent_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "organizations_kind_ck" CHECK(kind in ('ministry', 'government', 'un_mission', 'party_body', 'legislature', 'agency', 'international_organization', 'other')),
	CONSTRAINT "organizations_slug_ck" CHECK("organizations"."slug" not glob '*[^a-z0-9-]*')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organizations_slug_unique` ON `organizations` (`slug`);--> statement-breakpoint
CREATE TABLE `person_aliases` (
	`person_id` integer NOT NULL,
	`alias` text NOT NULL,
	PRIMARY KEY(`person_id`, `alias`),
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `persons` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`native_name` text,
	`family_name` text,
	`given_name` text,
	`country` text NOT NULL,
	`note` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT "persons_slug_ck" CHECK("persons"."slug" glob '[a-z0-9]*' and "persons"."slug" not glob '*[^a-z0-9-]*'),
	CONSTRAINT "persons_country_ck" CHECK(length("persons"."country") = 2)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `persons_slug_unique` ON `persons` (`slug`);--> statement-breakpoint
CREATE TABLE `propositions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`topic_id` integer NOT NULL,
	`text` text NOT NULL,
	`label` text NOT NULL,
	FOREIGN KEY (`topic_id`) REFERENCES `topics`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `propositions_slug_unique` ON `propositions` (`slug`);--> statement-breakpoint
CREATE TABLE `roles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`person_id` integer NOT NULL,
	`organization_id` integer,
	`title` text NOT NULL,
	`rank` text,
	`start_date` text,
	`end_date` text,
	`start_precision` text DEFAULT 'unknown' NOT NULL,
	`end_precision` text DEFAULT 'unknown' NOT NULL,
	`note` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "roles_start_precision_ck" CHECK(start_precision in ('day', 'month', 'year', 'range', 'unknown')),
	CONSTRAINT "roles_end_precision_ck" CHECK(end_precision in ('day', 'month', 'year', 'range', 'unknown')),
	CONSTRAINT "roles_start_ck" CHECK(("roles"."start_date" is null) = ("roles"."start_precision" = 'unknown')),
	CONSTRAINT "roles_end_ck" CHECK(("roles"."end_date" is null) = ("roles"."end_precision" = 'unknown')),
	CONSTRAINT "roles_order_ck" CHECK("roles"."start_date" is null or "roles"."end_date" is null or "roles"."start_date" <= "roles"."end_date")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `roles_slug_unique` ON `roles` (`slug`);--> statement-breakpoint
CREATE INDEX `roles_person_idx` ON `roles` (`person_id`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`outlet` text NOT NULL,
	`title` text NOT NULL,
	`url` text,
	`published_date` text,
	`retrieved_date` text,
	`tier` text NOT NULL,
	`language` text DEFAULT 'en' NOT NULL,
	`raw_text` text NOT NULL,
	`raw_text_sha256` text NOT NULL,
	`note` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT "sources_tier_ck" CHECK(tier in ('verbatim_record', 'official_text', 'state_media', 'independent_media', 'other')),
	CONSTRAINT "sources_hash_ck" CHECK(length("sources"."raw_text_sha256") = 64)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sources_slug_unique` ON `sources` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `sources_url_unique` ON `sources` (`url`);--> statement-breakpoint
CREATE UNIQUE INDEX `sources_raw_text_sha256_unique` ON `sources` (`raw_text_sha256`);--> statement-breakpoint
CREATE TABLE `statement_topics` (
	`statement_id` integer NOT NULL,
	`topic_id` integer NOT NULL,
	PRIMARY KEY(`statement_id`, `topic_id`),
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`topic_id`) REFERENCES `topics`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `statement_topics_topic_idx` ON `statement_topics` (`topic_id`);--> statement-breakpoint
CREATE TABLE `statements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`public_id` text NOT NULL,
	`source_id` integer NOT NULL,
	`person_id` integer,
	`role_id` integer,
	`event_id` integer,
	`attribution_text` text NOT NULL,
	`attribution_kind` text NOT NULL,
	`attribution_status` text NOT NULL,
	`attribution_note` text,
	`date_start` text,
	`date_end` text,
	`date_precision` text NOT NULL,
	`date_basis` text NOT NULL,
	`date_note` text,
	`mode` text NOT NULL,
	`text` text NOT NULL,
	`evidence_start` integer NOT NULL,
	`evidence_end` integer NOT NULL,
	`evidence_text` text NOT NULL,
	`language` text DEFAULT 'en' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "statements_mode_ck" CHECK(mode in ('direct_quote', 'paraphrase', 'summary')),
	CONSTRAINT "statements_attribution_kind_ck" CHECK(attribution_kind in ('full_name', 'given_name', 'title_and_name', 'title_only', 'role_reference', 'pronoun', 'country', 'continuation')),
	CONSTRAINT "statements_attribution_status_ck" CHECK(attribution_status in ('resolved', 'unresolved')),
	CONSTRAINT "statements_attribution_person_ck" CHECK(("statements"."attribution_status" = 'resolved') = ("statements"."person_id" is not null)),
	CONSTRAINT "statements_role_needs_person_ck" CHECK("statements"."role_id" is null or "statements"."person_id" is not null),
	CONSTRAINT "statements_date_basis_ck" CHECK(date_basis in ('stated', 'inferred', 'unknown')),
	CONSTRAINT "statements_date_basis_consistent_ck" CHECK(("statements"."date_basis" = 'unknown') = ("statements"."date_precision" = 'unknown') and ("statements"."date_basis" <> 'inferred' or "statements"."date_note" is not null)),
	CONSTRAINT "statements_precision_ck" CHECK(date_precision in ('day', 'month', 'year', 'range', 'unknown')),
	CONSTRAINT "statements_dates_ck" CHECK((date_precision = 'unknown' and date_start is null and date_end is null) or (date_precision <> 'unknown' and date_start is not null and date_end is not null and date_start <= date_end and date_start glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' and date_end glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' and (date_precision <> 'day' or date_start = date_end) and (date_precision <> 'month' or (substr(date_start, 1, 7) = substr(date_end, 1, 7) and substr(date_start, 9) = '01')) and (date_precision <> 'year' or (substr(date_start, 6) = '01-01' and substr(date_end, 6) = '12-31' and substr(date_start, 1, 4) = substr(date_end, 1, 4))))),
	CONSTRAINT "statements_evidence_ck" CHECK("statements"."evidence_start" >= 0 and "statements"."evidence_end" > "statements"."evidence_start" and length("statements"."evidence_text") > 0),
	CONSTRAINT "statements_public_id_ck" CHECK("statements"."public_id" not glob '*[^a-z0-9-]*')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `statements_public_id_unique` ON `statements` (`public_id`);--> statement-breakpoint
CREATE INDEX `statements_person_idx` ON `statements` (`person_id`);--> statement-breakpoint
CREATE INDEX `statements_event_idx` ON `statements` (`event_id`);--> statement-breakpoint
CREATE INDEX `statements_source_idx` ON `statements` (`source_id`);--> statement-breakpoint
CREATE INDEX `statements_date_idx` ON `statements` (`date_start`,`date_end`);--> statement-breakpoint
CREATE TABLE `topics` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`parent_id` integer,
	`path` text NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `topics`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "topics_slug_ck" CHECK("topics"."slug" not glob '*[^a-z0-9-]*'),
	CONSTRAINT "topics_path_ck" CHECK("topics"."path" = "topics"."slug" or "topics"."path" glob '*/' || "topics"."slug")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `topics_slug_unique` ON `topics` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `topics_path_unique` ON `topics` (`path`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`role` text DEFAULT 'viewer' NOT NULL,
	`disabled` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT "users_role_ck" CHECK(role in ('viewer', 'analyst', 'admin'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);