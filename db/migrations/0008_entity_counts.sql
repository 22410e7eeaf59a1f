-- Maintained counts for the officials, events and topics pages and lists and the home page (issue 9), so that
-- none of them counts, groups or sorts a person's, an event's or a topic's records per request. Derived from the
-- base tables and the read model of 0004 (position_facts), kept in step by the triggers below, rebuilt in bulk
-- by db/queries/position-index.ts (rebuildDerivedTables). A count that falls to zero stays as a row with n = 0;
-- readers ask for n > 0.
--
-- entity_counts (entity, entity_id, value) -> n:
--   'event'        event id,       ''                          records at the event
--   'person_year'  person id,      year ('' = undated)         records by the person in that year
--   'person_topic' person id,      topic id                    records by the person tagged with that exact topic
--   'topic_year'   topic id,       year ('' = undated)         records on the topic or a subtopic (each once)
--   'role'         role id,        ''                          records made in the role
--   'proposition'  proposition id, status ':' stance           coded positions on the proposition
--   'attribution'  0,              resolved / unresolved       records by attribution status
--   'rows'         0,              events / sources            rows of those tables
CREATE TABLE entity_counts (
  entity TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  value TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (entity, entity_id, value)
) WITHOUT ROWID;
--> statement-breakpoint
-- A person's records newest first and their first and last date, read from the index instead of sorted.
CREATE INDEX position_facts_person_date_idx ON position_facts (person_id, date_start);
--> statement-breakpoint
CREATE INDEX position_facts_event_date_idx ON position_facts (event_id, date_start);
--> statement-breakpoint
-- The events list's order (dated first, by date, then name), read from the index instead of sorting every event.
CREATE INDEX events_list_order_idx ON events ((start_date IS NULL), start_date, name, id);
--> statement-breakpoint
-- First and last record made in a role (roles over time on an official's page).
CREATE INDEX statements_role_date_idx ON statements (role_id, date_start);
--> statement-breakpoint
CREATE TRIGGER entity_counts_facts_insert AFTER INSERT ON position_facts BEGIN
  INSERT INTO entity_counts (entity, entity_id, value, n)
  SELECT 'event', NEW.event_id, '', 1 WHERE NEW.event_id IS NOT NULL
  UNION ALL SELECT 'attribution', 0, NEW.attribution, 1
  UNION ALL SELECT 'person_year', NEW.person_id, coalesce(CAST(NEW.year AS TEXT), ''), 1 WHERE NEW.person_id IS NOT NULL
  UNION ALL SELECT 'person_topic', NEW.person_id, CAST(t.id AS TEXT), 1 FROM topics t
    WHERE NEW.person_id IS NOT NULL AND instr(',' || NEW.topic_ids || ',', ',' || t.id || ',') > 0
  UNION ALL SELECT 'topic_year', a.id, coalesce(CAST(NEW.year AS TEXT), ''), 1 FROM topics a
    WHERE EXISTS (SELECT 1 FROM topics t WHERE instr(',' || NEW.topic_ids || ',', ',' || t.id || ',') > 0
      AND (t.path = a.path OR t.path LIKE a.path || '/%'))
  ON CONFLICT (entity, entity_id, value) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER entity_counts_facts_delete AFTER DELETE ON position_facts BEGIN
  UPDATE entity_counts SET n = n - 1
  WHERE (entity = 'event' AND entity_id = OLD.event_id AND value = '')
     OR (entity = 'attribution' AND entity_id = 0 AND value = OLD.attribution)
     OR (entity = 'person_year' AND entity_id = OLD.person_id AND value = coalesce(CAST(OLD.year AS TEXT), ''))
     OR (entity = 'person_topic' AND entity_id = OLD.person_id
         AND instr(',' || OLD.topic_ids || ',', ',' || value || ',') > 0)
     OR (entity = 'topic_year' AND value = coalesce(CAST(OLD.year AS TEXT), '') AND entity_id IN (
         SELECT a.id FROM topics a WHERE EXISTS (
           SELECT 1 FROM topics t WHERE instr(',' || OLD.topic_ids || ',', ',' || t.id || ',') > 0
             AND (t.path = a.path OR t.path LIKE a.path || '/%'))));
END;
--> statement-breakpoint
-- 0004 keeps position_facts.topic_ids up to date as topics are linked and unlinked: move the topic counts with it.
CREATE TRIGGER entity_counts_facts_topics AFTER UPDATE OF topic_ids ON position_facts
WHEN OLD.topic_ids IS NOT NEW.topic_ids BEGIN
  UPDATE entity_counts SET n = n - 1
  WHERE (entity = 'person_topic' AND entity_id = OLD.person_id
         AND instr(',' || OLD.topic_ids || ',', ',' || value || ',') > 0)
     OR (entity = 'topic_year' AND value = coalesce(CAST(OLD.year AS TEXT), '') AND entity_id IN (
         SELECT a.id FROM topics a WHERE EXISTS (
           SELECT 1 FROM topics t WHERE instr(',' || OLD.topic_ids || ',', ',' || t.id || ',') > 0
             AND (t.path = a.path OR t.path LIKE a.path || '/%'))));
  INSERT INTO entity_counts (entity, entity_id, value, n)
  SELECT 'person_topic', NEW.person_id, CAST(t.id AS TEXT), 1 FROM topics t
    WHERE NEW.person_id IS NOT NULL AND instr(',' || NEW.topic_ids || ',', ',' || t.id || ',') > 0
  UNION ALL SELECT 'topic_year', a.id, coalesce(CAST(NEW.year AS TEXT), ''), 1 FROM topics a
    WHERE EXISTS (SELECT 1 FROM topics t WHERE instr(',' || NEW.topic_ids || ',', ',' || t.id || ',') > 0
      AND (t.path = a.path OR t.path LIKE a.path || '/%'))
  ON CONFLICT (entity, entity_id, value) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER entity_counts_role_insert AFTER INSERT ON statements WHEN NEW.role_id IS NOT NULL BEGIN
  INSERT INTO entity_counts (entity, entity_id, value, n) VALUES ('role', NEW.role_id, '', 1)
  ON CONFLICT (entity, entity_id, value) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER entity_counts_role_delete AFTER DELETE ON statements WHEN OLD.role_id IS NOT NULL BEGIN
  UPDATE entity_counts SET n = n - 1 WHERE entity = 'role' AND entity_id = OLD.role_id AND value = '';
END;
--> statement-breakpoint
CREATE TRIGGER entity_counts_role_update AFTER UPDATE OF role_id ON statements
WHEN OLD.role_id IS NOT NEW.role_id BEGIN
  UPDATE entity_counts SET n = n - 1 WHERE entity = 'role' AND entity_id = OLD.role_id AND value = '';
  INSERT INTO entity_counts (entity, entity_id, value, n)
  SELECT 'role', NEW.role_id, '', 1 WHERE NEW.role_id IS NOT NULL
  ON CONFLICT (entity, entity_id, value) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER entity_counts_coding_insert AFTER INSERT ON coded_positions BEGIN
  INSERT INTO entity_counts (entity, entity_id, value, n)
  VALUES ('proposition', NEW.proposition_id, NEW.status || ':' || coalesce(NEW.stance, ''), 1)
  ON CONFLICT (entity, entity_id, value) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER entity_counts_coding_delete AFTER DELETE ON coded_positions BEGIN
  UPDATE entity_counts SET n = n - 1
  WHERE entity = 'proposition' AND entity_id = OLD.proposition_id
    AND value = OLD.status || ':' || coalesce(OLD.stance, '');
END;
--> statement-breakpoint
CREATE TRIGGER entity_counts_coding_update AFTER UPDATE OF proposition_id, status, stance ON coded_positions BEGIN
  UPDATE entity_counts SET n = n - 1
  WHERE entity = 'proposition' AND entity_id = OLD.proposition_id
    AND value = OLD.status || ':' || coalesce(OLD.stance, '');
  INSERT INTO entity_counts (entity, entity_id, value, n)
  VALUES ('proposition', NEW.proposition_id, NEW.status || ':' || coalesce(NEW.stance, ''), 1)
  ON CONFLICT (entity, entity_id, value) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER entity_counts_events_insert AFTER INSERT ON events BEGIN
  INSERT INTO entity_counts (entity, entity_id, value, n) VALUES ('rows', 0, 'events', 1)
  ON CONFLICT (entity, entity_id, value) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER entity_counts_events_delete AFTER DELETE ON events BEGIN
  UPDATE entity_counts SET n = n - 1 WHERE entity = 'rows' AND entity_id = 0 AND value = 'events';
END;
--> statement-breakpoint
CREATE TRIGGER entity_counts_sources_insert AFTER INSERT ON sources BEGIN
  INSERT INTO entity_counts (entity, entity_id, value, n) VALUES ('rows', 0, 'sources', 1)
  ON CONFLICT (entity, entity_id, value) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER entity_counts_sources_delete AFTER DELETE ON sources BEGIN
  UPDATE entity_counts SET n = n - 1 WHERE entity = 'rows' AND entity_id = 0 AND value = 'sources';
END;
--> statement-breakpoint
-- Moving a topic in the tree changes which ancestors count its records: recount them all (the codebook is small;
-- moves are rare).
CREATE TRIGGER entity_counts_topics_path AFTER UPDATE OF path ON topics BEGIN
  DELETE FROM entity_counts WHERE entity = 'topic_year';
  INSERT INTO entity_counts (entity, entity_id, value, n)
  SELECT 'topic_year', a.id, coalesce(CAST(f.year AS TEXT), ''), count(DISTINCT f.statement_id)
  FROM position_topic_dates d JOIN topics t ON t.id = d.topic_id
  JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
  JOIN position_facts f ON f.statement_id = d.statement_id
  GROUP BY a.id, f.year;
END;
--> statement-breakpoint
-- Every count from scratch, set-based: the backfill below and rebuildDerivedTables (db/queries/position-index.ts)
-- both read this view, so the two cannot drift apart.
CREATE VIEW entity_counts_source AS
SELECT 'event' AS entity, event_id AS entity_id, '' AS value, count(*) AS n FROM position_facts
  WHERE event_id IS NOT NULL GROUP BY event_id
UNION ALL SELECT 'attribution', 0, attribution, count(*) FROM position_facts GROUP BY attribution
UNION ALL SELECT 'person_year', person_id, coalesce(CAST(year AS TEXT), ''), count(*) FROM position_facts
  WHERE person_id IS NOT NULL GROUP BY person_id, year
UNION ALL SELECT 'person_topic', f.person_id, CAST(st.topic_id AS TEXT), count(*) FROM statement_topics st
  JOIN position_facts f ON f.statement_id = st.statement_id WHERE f.person_id IS NOT NULL
  GROUP BY f.person_id, st.topic_id
UNION ALL SELECT 'topic_year', a.id, coalesce(CAST(f.year AS TEXT), ''), count(DISTINCT f.statement_id)
  FROM position_topic_dates d JOIN topics t ON t.id = d.topic_id
  JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
  JOIN position_facts f ON f.statement_id = d.statement_id
  GROUP BY a.id, f.year
UNION ALL SELECT 'role', role_id, '', count(*) FROM statements WHERE role_id IS NOT NULL GROUP BY role_id
UNION ALL SELECT 'proposition', proposition_id, status || ':' || coalesce(stance, ''), count(*) FROM coded_positions
  GROUP BY proposition_id, status, stance
UNION ALL SELECT 'rows', 0, 'events', count(*) FROM events
UNION ALL SELECT 'rows', 0, 'sources', count(*) FROM sources;
--> statement-breakpoint
INSERT INTO entity_counts (entity, entity_id, value, n) SELECT entity, entity_id, value, n FROM entity_counts_source;
