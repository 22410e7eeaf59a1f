-- Codebook versions (issue 12): one append-only row per change made in the codebook editor.
CREATE TABLE `codebook_versions` (
	`version` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`subject` text NOT NULL,
	`before` text,
	`after` text NOT NULL,
	`author_id` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "codebook_versions_kind_ck" CHECK(kind in ('topic_create', 'topic_edit', 'topic_move', 'topic_merge', 'proposition_create', 'proposition_edit', 'proposition_move', 'proposition_merge')),
	CONSTRAINT "codebook_versions_json_ck" CHECK(json_valid("codebook_versions"."after") and ("codebook_versions"."before" is null or json_valid("codebook_versions"."before"))),
	CONSTRAINT "codebook_versions_version_ck" CHECK("codebook_versions"."version" >= 1)
);
--> statement-breakpoint
-- Each coder's code remembers the codebook version it was written under (agreement per version). Schema only:
-- codes made before this migration are of version 0, the codebook as seeded.
ALTER TABLE `coder_codes` ADD `codebook_version` integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
CREATE TRIGGER codebook_versions_no_update BEFORE UPDATE ON codebook_versions BEGIN
  SELECT RAISE(ABORT, 'codebook_versions is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER codebook_versions_no_delete BEFORE DELETE ON codebook_versions BEGIN
  SELECT RAISE(ABORT, 'codebook_versions is append-only');
END;
--> statement-breakpoint
-- A reviewer's decision follows its proposition when that proposition is merged into another, and nothing else
-- about it may change: the merge has already retired the old slug onto the new one (slug_redirects), which is
-- what this checks, so a decision can never be re-pointed at an unrelated proposition.
DROP TRIGGER code_decisions_no_update;
--> statement-breakpoint
CREATE TRIGGER code_decisions_no_update BEFORE UPDATE ON code_decisions
WHEN NOT (
  NEW.id = OLD.id AND NEW.statement_id = OLD.statement_id AND NEW.decider_id = OLD.decider_id
  AND NEW.kind = OLD.kind AND NEW.status IS OLD.status AND NEW.stance IS OLD.stance AND NEW.basis IS OLD.basis
  AND NEW.note IS OLD.note AND NEW.reason = OLD.reason AND NEW.created_at = OLD.created_at
  AND NEW.proposition_id <> OLD.proposition_id
  AND EXISTS (
    SELECT 1 FROM slug_redirects r
    JOIN propositions a ON a.slug = r.from_slug JOIN propositions b ON b.slug = r.to_slug
    WHERE r.kind = 'proposition' AND a.id = OLD.proposition_id AND b.id = NEW.proposition_id))
BEGIN
  SELECT RAISE(ABORT, 'code_decisions is append-only');
END;

--> statement-breakpoint
-- The read models keyed by topic ancestry were rebuilt whole after every row whose path changed, so moving a
-- subtree of k topics rebuilt them k times, and a rename (which changes paths but no ancestry) rebuilt them too.
-- Ancestry changes only where parent_id does: the codebook editor writes the descendants' new paths first and
-- the moved topic's parent and path last, so each move rebuilds once and a rename not at all. The bodies are
-- those of the migrations that made them.
DROP TRIGGER topics_path_recount;
--> statement-breakpoint
CREATE TRIGGER topics_path_recount AFTER UPDATE OF path ON topics
WHEN OLD.parent_id IS NOT NEW.parent_id BEGIN
  DELETE FROM position_facet_counts WHERE facet = 'topic';
  INSERT INTO position_facet_counts (facet, value, n)
  SELECT 'topic', CAST(a.id AS TEXT), count(DISTINCT st.statement_id)
  FROM statement_topics st JOIN topics t ON t.id = st.topic_id
  JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
  GROUP BY a.id;
END;
--> statement-breakpoint
DROP TRIGGER entity_counts_topics_path;
--> statement-breakpoint
CREATE TRIGGER entity_counts_topics_path AFTER UPDATE OF path ON topics
WHEN OLD.parent_id IS NOT NEW.parent_id BEGIN
  DELETE FROM entity_counts WHERE entity = 'topic_year';
  INSERT INTO entity_counts (entity, entity_id, value, n)
  SELECT 'topic_year', a.id, coalesce(CAST(f.year AS TEXT), ''), count(DISTINCT f.statement_id)
  FROM position_topic_dates d JOIN topics t ON t.id = d.topic_id
  JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
  JOIN position_facts f ON f.statement_id = d.statement_id
  GROUP BY a.id, f.year;
END;
--> statement-breakpoint
DROP TRIGGER timeline_counts_topic_path;
--> statement-breakpoint
CREATE TRIGGER timeline_counts_topic_path AFTER UPDATE OF path ON topics
WHEN OLD.parent_id IS NOT NEW.parent_id BEGIN
  DELETE FROM timeline_month_counts;
  INSERT INTO timeline_month_counts (topic_id, country, month, end_month, proposition_id, code, n)
  SELECT topic_id, country, month, end_month, proposition_id, code, count(*) FROM timeline_counts_source GROUP BY topic_id, country, month, end_month, proposition_id, code;
END;
--> statement-breakpoint
DROP TRIGGER timeline_speaker_counts_topic_path;
--> statement-breakpoint
CREATE TRIGGER timeline_speaker_counts_topic_path AFTER UPDATE OF path ON topics
WHEN OLD.parent_id IS NOT NEW.parent_id BEGIN
  DELETE FROM timeline_speaker_counts;
  INSERT INTO timeline_speaker_counts (topic_id, person_id, month, end_month, proposition_id, code, n)
  SELECT topic_id, person_id, month, end_month, proposition_id, code, count(*) FROM timeline_speaker_counts_source GROUP BY topic_id, person_id, month, end_month, proposition_id, code;
END;
--> statement-breakpoint
DROP TRIGGER coding_facts_topics_path;
--> statement-breakpoint
CREATE TRIGGER coding_facts_topics_path AFTER UPDATE OF path ON topics
WHEN OLD.parent_id IS NOT NEW.parent_id BEGIN
  UPDATE coding_facts SET (status, coded, suggested, missing) =
    (SELECT status, coded, suggested, missing FROM coding_facts_source WHERE statement_id = coding_facts.statement_id)
  WHERE statement_id IN (
    SELECT st.statement_id FROM topics t JOIN statement_topics st ON st.topic_id = t.id
    WHERE t.path = NEW.path OR t.path LIKE NEW.path || '/%');
END;
--> statement-breakpoint
DROP TRIGGER compare_counts_topic_path;
--> statement-breakpoint
CREATE TRIGGER compare_counts_topic_path AFTER UPDATE OF path ON topics
WHEN OLD.parent_id IS NOT NEW.parent_id BEGIN
  DELETE FROM compare_counts;
  INSERT INTO compare_counts (topic_id, month, end_month, country, kind, value, n)
  SELECT topic_id, month, end_month, country, kind, value, count(*) FROM compare_counts_source GROUP BY topic_id, month, end_month, country, kind, value;
END;
