-- Retired slugs (issue 12): a rename or a merge leaves the old slug answering with the live one.
CREATE TABLE `slug_redirects` (
	`kind` text NOT NULL,
	`from_slug` text NOT NULL,
	`to_slug` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`kind`, `from_slug`),
	CONSTRAINT "slug_redirects_kind_ck" CHECK(kind in ('topic', 'proposition', 'person', 'event')),
	CONSTRAINT "slug_redirects_not_self_ck" CHECK("slug_redirects"."from_slug" <> "slug_redirects"."to_slug")
);
