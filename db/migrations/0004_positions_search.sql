-- Search and browse support for the positions view (issue 3). Everything here is derived from the base tables
-- and kept in sync by triggers, so seeds, imports, edits and a raw sqlite3 shell all keep it correct without
-- having to remember anything; db/queries/position-index.ts can rebuild it from scratch.
--
-- position_facts: one narrow row per statement with everything the view filters, sorts and counts on, so that
--   those scans never touch the wide statements rows (text, evidence) and each sort has its own index.
-- position_facet_counts: facet counts over ALL statements, for the unfiltered view (a million-row GROUP BY per
--   request would cost hundreds of milliseconds).
-- positions_fts: FTS5 index over statement text, speaker names and aliases (and the attributing words), role and
--   organisation, event and source. FTS5's remove_diacritics folds every Vietnamese vowel (NFC or NFD) but not
--   đ/Đ, a letter of its own, so the indexed text has đ -> d applied first; queries are folded with
--   foldForSearch (lib/text.ts), which does the same. Contentless: the display text lives in statements.
CREATE VIEW position_facts_source AS
SELECT
  s.id AS statement_id,
  s.person_id,
  s.event_id,
  e.kind AS event_kind,
  e.country AS event_country,
  s.mode,
  s.date_start,
  s.date_end,
  CAST(substr(s.date_start, 1, 4) AS INTEGER) AS year,
  s.attribution_status AS attribution,
  coalesce(lower(p.name), '~') AS speaker_key,
  coalesce(lower(e.name), '~') AS event_key,
  (SELECT count(*) FROM annotations a WHERE a.statement_id = s.id AND a.deleted_at IS NULL) AS annotation_count,
  (SELECT group_concat(st.topic_id) FROM statement_topics st WHERE st.statement_id = s.id) AS topic_ids
FROM statements s
LEFT JOIN events e ON e.id = s.event_id
LEFT JOIN persons p ON p.id = s.person_id;
--> statement-breakpoint
CREATE TABLE position_facts (
  statement_id INTEGER PRIMARY KEY NOT NULL,
  person_id INTEGER,
  event_id INTEGER,
  event_kind TEXT,
  event_country TEXT,
  mode TEXT NOT NULL,
  date_start TEXT,
  date_end TEXT,
  year INTEGER,
  attribution TEXT NOT NULL,
  speaker_key TEXT NOT NULL,
  event_key TEXT NOT NULL,
  annotation_count INTEGER NOT NULL DEFAULT 0,
  -- The record's topic ids, comma-separated: the topic facet of a filtered view reads them with the other
  -- facet columns instead of seeking statement_topics once per matching record.
  topic_ids TEXT
);
--> statement-breakpoint
-- Each index ends in the rowid (= statement_id), so "ORDER BY <key>, statement_id" reads an index in order.
CREATE INDEX position_facts_person_idx ON position_facts (person_id);
--> statement-breakpoint
CREATE INDEX position_facts_event_idx ON position_facts (event_id);
--> statement-breakpoint
CREATE INDEX position_facts_date_idx ON position_facts (date_start);
--> statement-breakpoint
-- Date-range filters: "overlaps [from, to]" is date_end >= from AND date_start <= to, which no single-column
-- index narrows; with the longest span of any record (position_facet_counts 'maxspan') the query adds
-- date_start >= from - maxspan, a range on this covering index.
CREATE INDEX position_facts_dates_idx ON position_facts (date_start, date_end);
--> statement-breakpoint
CREATE INDEX position_facts_speaker_idx ON position_facts (speaker_key);
--> statement-breakpoint
CREATE INDEX position_facts_event_key_idx ON position_facts (event_key);
--> statement-breakpoint
CREATE INDEX position_facts_mode_idx ON position_facts (mode);
--> statement-breakpoint
CREATE INDEX position_facts_annotations_idx ON position_facts (annotation_count);
--> statement-breakpoint
-- Topic filters: statement ids by topic and date, so "topic + date range" is one range scan instead of the
-- intersection of two large sets ('' stands for an unknown date: it sorts before every date).
CREATE TABLE position_topic_dates (
  topic_id INTEGER NOT NULL,
  date_start TEXT NOT NULL,
  statement_id INTEGER NOT NULL,
  PRIMARY KEY (topic_id, date_start, statement_id)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX position_topic_dates_statement_idx ON position_topic_dates (statement_id);
--> statement-breakpoint
CREATE TABLE position_facet_counts (
  facet TEXT NOT NULL,
  value TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (facet, value)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE VIRTUAL TABLE positions_fts USING fts5(
  text, speaker, role, event, source,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE VIEW position_search_source AS
SELECT
  s.id AS statement_id,
  replace(replace(s.text, 'đ', 'd'), 'Đ', 'D') AS text,
  replace(replace(
    coalesce(p.name, '') || ' ' || coalesce(p.native_name, '') || ' ' ||
    coalesce((SELECT group_concat(pa.alias, ' ') FROM person_aliases pa WHERE pa.person_id = s.person_id), '') ||
    ' ' || s.attribution_text,
  'đ', 'd'), 'Đ', 'D') AS speaker,
  replace(replace(
    coalesce(r.title, '') || ' ' || coalesce(r.rank, '') || ' ' || coalesce(o.name, '') || ' ' ||
    coalesce(o.native_name, ''),
  'đ', 'd'), 'Đ', 'D') AS role,
  replace(replace(
    coalesce(e.name, '') || ' ' || coalesce(e.series, '') || ' ' || coalesce(e.city, ''),
  'đ', 'd'), 'Đ', 'D') AS event,
  replace(replace(so.title || ' ' || so.outlet, 'đ', 'd'), 'Đ', 'D') AS source
FROM statements s
JOIN sources so ON so.id = s.source_id
LEFT JOIN persons p ON p.id = s.person_id
LEFT JOIN roles r ON r.id = s.role_id
LEFT JOIN organizations o ON o.id = r.organization_id
LEFT JOIN events e ON e.id = s.event_id;
--> statement-breakpoint
-- Facet counts follow position_facts row by row (rows are only ever inserted and deleted, never updated in
-- the counted columns).
CREATE TRIGGER position_facts_count_insert AFTER INSERT ON position_facts BEGIN
  INSERT INTO position_facet_counts (facet, value, n) VALUES
    ('total', '', 1),
    ('speaker', coalesce(CAST(NEW.person_id AS TEXT), ''), 1),
    ('kind', coalesce(NEW.event_kind, ''), 1),
    ('year', coalesce(CAST(NEW.year AS TEXT), ''), 1),
    ('mode', NEW.mode, 1)
  ON CONFLICT (facet, value) DO UPDATE SET n = n + 1;
  -- Only ever grows: an upper bound stays a valid bound after deletions.
  INSERT INTO position_facet_counts (facet, value, n)
  SELECT 'maxspan', '', CAST(julianday(NEW.date_end) - julianday(NEW.date_start) AS INTEGER)
  WHERE NEW.date_start IS NOT NULL
  ON CONFLICT (facet, value) DO UPDATE SET n = max(n, excluded.n);
END;
--> statement-breakpoint
CREATE TRIGGER position_facts_count_delete AFTER DELETE ON position_facts BEGIN
  UPDATE position_facet_counts SET n = n - 1
  WHERE (facet = 'total' AND value = '')
     OR (facet = 'speaker' AND value = coalesce(CAST(OLD.person_id AS TEXT), ''))
     OR (facet = 'kind' AND value = coalesce(OLD.event_kind, ''))
     OR (facet = 'year' AND value = coalesce(CAST(OLD.year AS TEXT), ''))
     OR (facet = 'mode' AND value = OLD.mode);
END;
--> statement-breakpoint
-- A topic's count includes statements filed under its subtopics, each statement once, as the topic filter does.
CREATE TRIGGER statement_topics_count_insert AFTER INSERT ON statement_topics BEGIN
  INSERT INTO position_facet_counts (facet, value, n)
  SELECT 'topic', CAST(a.id AS TEXT), 1
  FROM topics t JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
  WHERE t.id = NEW.topic_id
    AND NOT EXISTS (
      SELECT 1 FROM statement_topics st2 JOIN topics t2 ON t2.id = st2.topic_id
      WHERE st2.statement_id = NEW.statement_id AND st2.topic_id <> NEW.topic_id
        AND (t2.path = a.path OR t2.path LIKE a.path || '/%'))
  ON CONFLICT (facet, value) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER statement_topics_count_delete AFTER DELETE ON statement_topics BEGIN
  UPDATE position_facet_counts SET n = n - 1
  WHERE facet = 'topic' AND value IN (
    SELECT CAST(a.id AS TEXT) FROM topics t JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE t.id = OLD.topic_id
      AND NOT EXISTS (
        SELECT 1 FROM statement_topics st2 JOIN topics t2 ON t2.id = st2.topic_id
        WHERE st2.statement_id = OLD.statement_id
          AND (t2.path = a.path OR t2.path LIKE a.path || '/%')));
END;
--> statement-breakpoint
CREATE TRIGGER statement_topics_dates_insert AFTER INSERT ON statement_topics BEGIN
  INSERT INTO position_topic_dates (topic_id, date_start, statement_id)
  SELECT NEW.topic_id, coalesce(s.date_start, ''), NEW.statement_id FROM statements s WHERE s.id = NEW.statement_id;
  UPDATE position_facts SET topic_ids = (
    SELECT group_concat(topic_id) FROM statement_topics WHERE statement_id = NEW.statement_id)
  WHERE statement_id = NEW.statement_id;
END;
--> statement-breakpoint
CREATE TRIGGER statement_topics_dates_delete AFTER DELETE ON statement_topics BEGIN
  DELETE FROM position_topic_dates WHERE statement_id = OLD.statement_id AND topic_id = OLD.topic_id;
  UPDATE position_facts SET topic_ids = (
    SELECT group_concat(topic_id) FROM statement_topics WHERE statement_id = OLD.statement_id)
  WHERE statement_id = OLD.statement_id;
END;
--> statement-breakpoint
CREATE TRIGGER statements_topic_dates_update AFTER UPDATE OF date_start ON statements BEGIN
  UPDATE position_topic_dates SET date_start = coalesce(NEW.date_start, '') WHERE statement_id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER topics_path_recount AFTER UPDATE OF path ON topics BEGIN
  DELETE FROM position_facet_counts WHERE facet = 'topic';
  INSERT INTO position_facet_counts (facet, value, n)
  SELECT 'topic', CAST(a.id AS TEXT), count(DISTINCT st.statement_id)
  FROM statement_topics st JOIN topics t ON t.id = st.topic_id
  JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
  GROUP BY a.id;
END;
--> statement-breakpoint
CREATE TRIGGER statements_index_insert AFTER INSERT ON statements BEGIN
  INSERT INTO position_facts SELECT * FROM position_facts_source WHERE statement_id = NEW.id;
  INSERT INTO positions_fts (rowid, text, speaker, role, event, source)
  SELECT statement_id, text, speaker, role, event, source FROM position_search_source WHERE statement_id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER statements_facts_update
AFTER UPDATE OF person_id, event_id, mode, date_start, date_end, attribution_status ON statements BEGIN
  DELETE FROM position_facts WHERE statement_id = OLD.id;
  INSERT INTO position_facts SELECT * FROM position_facts_source WHERE statement_id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER statements_fts_update
AFTER UPDATE OF text, person_id, role_id, event_id, source_id, attribution_text ON statements BEGIN
  DELETE FROM positions_fts WHERE rowid = OLD.id;
  INSERT INTO positions_fts (rowid, text, speaker, role, event, source)
  SELECT statement_id, text, speaker, role, event, source FROM position_search_source WHERE statement_id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER statements_index_delete AFTER DELETE ON statements BEGIN
  DELETE FROM position_facts WHERE statement_id = OLD.id;
  DELETE FROM positions_fts WHERE rowid = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER persons_index_update AFTER UPDATE OF name, native_name ON persons BEGIN
  DELETE FROM position_facts WHERE person_id = NEW.id;
  INSERT INTO position_facts SELECT * FROM position_facts_source WHERE person_id = NEW.id;
  DELETE FROM positions_fts WHERE rowid IN (SELECT id FROM statements WHERE person_id = NEW.id);
  INSERT INTO positions_fts (rowid, text, speaker, role, event, source)
  SELECT statement_id, text, speaker, role, event, source FROM position_search_source
  WHERE statement_id IN (SELECT id FROM statements WHERE person_id = NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER person_aliases_index_insert AFTER INSERT ON person_aliases BEGIN
  DELETE FROM positions_fts WHERE rowid IN (SELECT id FROM statements WHERE person_id = NEW.person_id);
  INSERT INTO positions_fts (rowid, text, speaker, role, event, source)
  SELECT statement_id, text, speaker, role, event, source FROM position_search_source
  WHERE statement_id IN (SELECT id FROM statements WHERE person_id = NEW.person_id);
END;
--> statement-breakpoint
CREATE TRIGGER person_aliases_index_delete AFTER DELETE ON person_aliases BEGIN
  DELETE FROM positions_fts WHERE rowid IN (SELECT id FROM statements WHERE person_id = OLD.person_id);
  INSERT INTO positions_fts (rowid, text, speaker, role, event, source)
  SELECT statement_id, text, speaker, role, event, source FROM position_search_source
  WHERE statement_id IN (SELECT id FROM statements WHERE person_id = OLD.person_id);
END;
--> statement-breakpoint
CREATE TRIGGER person_aliases_index_update AFTER UPDATE ON person_aliases BEGIN
  DELETE FROM positions_fts WHERE rowid IN (SELECT id FROM statements WHERE person_id IN (OLD.person_id, NEW.person_id));
  INSERT INTO positions_fts (rowid, text, speaker, role, event, source)
  SELECT statement_id, text, speaker, role, event, source FROM position_search_source
  WHERE statement_id IN (SELECT id FROM statements WHERE person_id IN (OLD.person_id, NEW.person_id));
END;
--> statement-breakpoint
CREATE TRIGGER roles_index_update AFTER UPDATE OF title, rank, organization_id ON roles BEGIN
  DELETE FROM positions_fts WHERE rowid IN (SELECT id FROM statements WHERE role_id = NEW.id);
  INSERT INTO positions_fts (rowid, text, speaker, role, event, source)
  SELECT statement_id, text, speaker, role, event, source FROM position_search_source
  WHERE statement_id IN (SELECT id FROM statements WHERE role_id = NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER organizations_index_update AFTER UPDATE OF name, native_name ON organizations BEGIN
  DELETE FROM positions_fts WHERE rowid IN (
    SELECT s.id FROM statements s JOIN roles r ON r.id = s.role_id WHERE r.organization_id = NEW.id);
  INSERT INTO positions_fts (rowid, text, speaker, role, event, source)
  SELECT statement_id, text, speaker, role, event, source FROM position_search_source
  WHERE statement_id IN (SELECT s.id FROM statements s JOIN roles r ON r.id = s.role_id WHERE r.organization_id = NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER events_facts_update AFTER UPDATE OF kind, country, name ON events BEGIN
  DELETE FROM position_facts WHERE event_id = NEW.id;
  INSERT INTO position_facts SELECT * FROM position_facts_source WHERE event_id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER events_fts_update AFTER UPDATE OF name, series, city ON events BEGIN
  DELETE FROM positions_fts WHERE rowid IN (SELECT id FROM statements WHERE event_id = NEW.id);
  INSERT INTO positions_fts (rowid, text, speaker, role, event, source)
  SELECT statement_id, text, speaker, role, event, source FROM position_search_source
  WHERE statement_id IN (SELECT id FROM statements WHERE event_id = NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER sources_fts_update AFTER UPDATE OF title, outlet ON sources BEGIN
  DELETE FROM positions_fts WHERE rowid IN (SELECT id FROM statements WHERE source_id = NEW.id);
  INSERT INTO positions_fts (rowid, text, speaker, role, event, source)
  SELECT statement_id, text, speaker, role, event, source FROM position_search_source
  WHERE statement_id IN (SELECT id FROM statements WHERE source_id = NEW.id);
END;
--> statement-breakpoint
-- Annotation counts (deleted annotations are not counted) for the column, its sort and the "annotated" filter.
CREATE TRIGGER annotations_count_insert AFTER INSERT ON annotations BEGIN
  UPDATE position_facts SET annotation_count = (
    SELECT count(*) FROM annotations WHERE statement_id = NEW.statement_id AND deleted_at IS NULL)
  WHERE statement_id = NEW.statement_id;
END;
--> statement-breakpoint
CREATE TRIGGER annotations_count_update AFTER UPDATE OF deleted_at, statement_id ON annotations BEGIN
  UPDATE position_facts SET annotation_count = (
    SELECT count(*) FROM annotations a WHERE a.statement_id = position_facts.statement_id AND a.deleted_at IS NULL)
  WHERE statement_id IN (OLD.statement_id, NEW.statement_id);
END;
--> statement-breakpoint
CREATE TRIGGER annotations_count_delete AFTER DELETE ON annotations BEGIN
  UPDATE position_facts SET annotation_count = (
    SELECT count(*) FROM annotations WHERE statement_id = OLD.statement_id AND deleted_at IS NULL)
  WHERE statement_id = OLD.statement_id;
END;
