-- A topic move (issue 12) rebuilt five read models whole, about 3 s at 20,000 records and growing with the
-- database. Only the counts of the moved topic's ancestors, before and after, can change: topics inside the moved
-- subtree keep the same records under them, and every other topic is untouched. So each rebuild is bounded to
-- those ancestors (`anc`: a topic whose path is a strict prefix of the old or the new path; at this point the
-- subtree's paths are already rewritten, its ancestors' are not touched).
DROP TRIGGER topics_path_recount;
--> statement-breakpoint
CREATE TRIGGER topics_path_recount AFTER UPDATE OF path ON topics
WHEN OLD.parent_id IS NOT NEW.parent_id BEGIN
  DELETE FROM position_facet_counts WHERE facet = 'topic' AND value IN (
    SELECT CAST(anc.id AS TEXT) FROM topics anc
    WHERE OLD.path LIKE anc.path || '/%' OR NEW.path LIKE anc.path || '/%');
  INSERT INTO position_facet_counts (facet, value, n)
  SELECT 'topic', CAST(a.id AS TEXT), count(DISTINCT st.statement_id)
  FROM topics a JOIN topics t ON t.path = a.path OR t.path LIKE a.path || '/%'
  JOIN statement_topics st ON st.topic_id = t.id
  WHERE OLD.path LIKE a.path || '/%' OR NEW.path LIKE a.path || '/%'
  GROUP BY a.id;
END;
--> statement-breakpoint
DROP TRIGGER entity_counts_topics_path;
--> statement-breakpoint
CREATE TRIGGER entity_counts_topics_path AFTER UPDATE OF path ON topics
WHEN OLD.parent_id IS NOT NEW.parent_id BEGIN
  DELETE FROM entity_counts WHERE entity = 'topic_year' AND entity_id IN (
    SELECT anc.id FROM topics anc WHERE OLD.path LIKE anc.path || '/%' OR NEW.path LIKE anc.path || '/%');
  INSERT INTO entity_counts (entity, entity_id, value, n)
  SELECT 'topic_year', a.id, coalesce(CAST(f.year AS TEXT), ''), count(DISTINCT f.statement_id)
  FROM topics a JOIN topics t ON t.path = a.path OR t.path LIKE a.path || '/%'
  JOIN position_topic_dates d ON d.topic_id = t.id
  JOIN position_facts f ON f.statement_id = d.statement_id
  WHERE OLD.path LIKE a.path || '/%' OR NEW.path LIKE a.path || '/%'
  GROUP BY a.id, f.year;
END;
--> statement-breakpoint
DROP TRIGGER timeline_counts_topic_path;
--> statement-breakpoint
CREATE TRIGGER timeline_counts_topic_path AFTER UPDATE OF path ON topics
WHEN OLD.parent_id IS NOT NEW.parent_id BEGIN
  DELETE FROM timeline_month_counts WHERE topic_id IN (
    SELECT anc.id FROM topics anc WHERE OLD.path LIKE anc.path || '/%' OR NEW.path LIKE anc.path || '/%');
  INSERT INTO timeline_month_counts (topic_id, country, month, end_month, proposition_id, code, n)
  SELECT topic_id, country, month, end_month, proposition_id, code, count(*) FROM timeline_counts_source
  WHERE topic_id IN (
    SELECT anc.id FROM topics anc WHERE OLD.path LIKE anc.path || '/%' OR NEW.path LIKE anc.path || '/%')
  GROUP BY topic_id, country, month, end_month, proposition_id, code;
END;
--> statement-breakpoint
DROP TRIGGER timeline_speaker_counts_topic_path;
--> statement-breakpoint
CREATE TRIGGER timeline_speaker_counts_topic_path AFTER UPDATE OF path ON topics
WHEN OLD.parent_id IS NOT NEW.parent_id BEGIN
  DELETE FROM timeline_speaker_counts WHERE topic_id IN (
    SELECT anc.id FROM topics anc WHERE OLD.path LIKE anc.path || '/%' OR NEW.path LIKE anc.path || '/%');
  INSERT INTO timeline_speaker_counts (topic_id, person_id, month, end_month, proposition_id, code, n)
  SELECT topic_id, person_id, month, end_month, proposition_id, code, count(*) FROM timeline_speaker_counts_source
  WHERE topic_id IN (
    SELECT anc.id FROM topics anc WHERE OLD.path LIKE anc.path || '/%' OR NEW.path LIKE anc.path || '/%')
  GROUP BY topic_id, person_id, month, end_month, proposition_id, code;
END;
--> statement-breakpoint
DROP TRIGGER compare_counts_topic_path;
--> statement-breakpoint
CREATE TRIGGER compare_counts_topic_path AFTER UPDATE OF path ON topics
WHEN OLD.parent_id IS NOT NEW.parent_id BEGIN
  DELETE FROM compare_counts WHERE topic_id IN (
    SELECT anc.id FROM topics anc WHERE OLD.path LIKE anc.path || '/%' OR NEW.path LIKE anc.path || '/%');
  INSERT INTO compare_counts (topic_id, month, end_month, country, kind, value, n)
  SELECT topic_id, month, end_month, country, kind, value, count(*) FROM compare_counts_source
  WHERE topic_id IN (
    SELECT anc.id FROM topics anc WHERE OLD.path LIKE anc.path || '/%' OR NEW.path LIKE anc.path || '/%')
  GROUP BY topic_id, month, end_month, country, kind, value;
END;
