-- The coding queue (issue 12): each record's coding status in one narrow row, so that "records that need coding"
-- is an index range and its size a stored count, whatever the corpus holds.
--
-- A record's topics suggest the propositions filed under them or under one of their ancestors (a record on
-- role-of-un/un-security-council is asked about the UN's central role). Status:
--   uncoded          no coded position, and the codebook has propositions for its topics
--   partial          coded, but some suggested proposition has no coded position
--   coded            coded on every suggested proposition (or coded although none is suggested)
--   no_propositions  no coded position, and no proposition applies to its topics: nothing to code yet
-- Kept in step by the triggers below (statements, statement_topics, coded_positions, propositions, topics) and
-- rebuilt in bulk by db/queries/position-index.ts; coding_status_counts holds the totals per status.
CREATE VIEW coding_facts_counts AS
SELECT
  s.id AS statement_id,
  (SELECT count(*) FROM coded_positions cp WHERE cp.statement_id = s.id) AS coded,
  (SELECT count(DISTINCT p.id) FROM statement_topics st JOIN topics t ON t.id = st.topic_id
     JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
     JOIN propositions p ON p.topic_id = a.id
   WHERE st.statement_id = s.id) AS suggested,
  (SELECT count(DISTINCT p.id) FROM statement_topics st JOIN topics t ON t.id = st.topic_id
     JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
     JOIN propositions p ON p.topic_id = a.id
   WHERE st.statement_id = s.id
     AND NOT EXISTS (SELECT 1 FROM coded_positions cp WHERE cp.statement_id = s.id AND cp.proposition_id = p.id))
   AS missing
FROM statements s;
--> statement-breakpoint
CREATE VIEW coding_facts_source AS
SELECT
  statement_id,
  CASE
    WHEN coded = 0 AND suggested = 0 THEN 'no_propositions'
    WHEN coded = 0 THEN 'uncoded'
    WHEN missing > 0 THEN 'partial'
    ELSE 'coded'
  END AS status,
  coded,
  suggested,
  missing
FROM coding_facts_counts;
--> statement-breakpoint
CREATE TABLE coding_facts (
  statement_id INTEGER PRIMARY KEY NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('uncoded', 'partial', 'coded', 'no_propositions')),
  coded INTEGER NOT NULL,
  suggested INTEGER NOT NULL,
  missing INTEGER NOT NULL
);
--> statement-breakpoint
-- The queue's filter reads a status range; the id ends the key so the range is in record order.
CREATE INDEX coding_facts_status_idx ON coding_facts (status, statement_id);
--> statement-breakpoint
CREATE TABLE coding_status_counts (
  status TEXT PRIMARY KEY NOT NULL,
  n INTEGER NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO coding_facts SELECT * FROM coding_facts_source;
--> statement-breakpoint
INSERT INTO coding_status_counts (status, n)
SELECT v.status, (SELECT count(*) FROM coding_facts c WHERE c.status = v.status)
FROM (SELECT 'uncoded' AS status UNION ALL SELECT 'partial' UNION ALL SELECT 'coded' UNION ALL SELECT 'no_propositions') v;
--> statement-breakpoint
CREATE TRIGGER coding_counts_insert AFTER INSERT ON coding_facts BEGIN
  INSERT INTO coding_status_counts (status, n) VALUES (NEW.status, 1)
  ON CONFLICT (status) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER coding_counts_delete AFTER DELETE ON coding_facts BEGIN
  UPDATE coding_status_counts SET n = n - 1 WHERE status = OLD.status;
END;
--> statement-breakpoint
CREATE TRIGGER coding_counts_update AFTER UPDATE OF status ON coding_facts WHEN OLD.status <> NEW.status BEGIN
  UPDATE coding_status_counts SET n = n - 1 WHERE status = OLD.status;
  INSERT INTO coding_status_counts (status, n) VALUES (NEW.status, 1)
  ON CONFLICT (status) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER coding_facts_statement_insert AFTER INSERT ON statements BEGIN
  INSERT INTO coding_facts SELECT * FROM coding_facts_source WHERE statement_id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER coding_facts_statement_delete AFTER DELETE ON statements BEGIN
  DELETE FROM coding_facts WHERE statement_id = OLD.id;
END;
--> statement-breakpoint
-- Re-derivation is an UPDATE, never a REPLACE: a REPLACE deletes without firing the delete trigger (recursive
-- triggers are off), which would leave coding_status_counts wrong. A statement already deleted is skipped.
CREATE TRIGGER coding_facts_codings_insert AFTER INSERT ON coded_positions BEGIN
  UPDATE coding_facts SET (status, coded, suggested, missing) =
    (SELECT status, coded, suggested, missing FROM coding_facts_source WHERE statement_id = NEW.statement_id)
  WHERE statement_id = NEW.statement_id AND EXISTS (SELECT 1 FROM statements WHERE id = NEW.statement_id);
END;
--> statement-breakpoint
CREATE TRIGGER coding_facts_codings_delete AFTER DELETE ON coded_positions BEGIN
  UPDATE coding_facts SET (status, coded, suggested, missing) =
    (SELECT status, coded, suggested, missing FROM coding_facts_source WHERE statement_id = OLD.statement_id)
  WHERE statement_id = OLD.statement_id AND EXISTS (SELECT 1 FROM statements WHERE id = OLD.statement_id);
END;
--> statement-breakpoint
CREATE TRIGGER coding_facts_codings_update AFTER UPDATE OF statement_id, proposition_id ON coded_positions BEGIN
  UPDATE coding_facts SET (status, coded, suggested, missing) =
    (SELECT status, coded, suggested, missing FROM coding_facts_source WHERE statement_id = coding_facts.statement_id)
  WHERE statement_id IN (OLD.statement_id, NEW.statement_id)
    AND EXISTS (SELECT 1 FROM statements WHERE id = coding_facts.statement_id);
END;
--> statement-breakpoint
CREATE TRIGGER coding_facts_topics_insert AFTER INSERT ON statement_topics BEGIN
  UPDATE coding_facts SET (status, coded, suggested, missing) =
    (SELECT status, coded, suggested, missing FROM coding_facts_source WHERE statement_id = NEW.statement_id)
  WHERE statement_id = NEW.statement_id AND EXISTS (SELECT 1 FROM statements WHERE id = NEW.statement_id);
END;
--> statement-breakpoint
CREATE TRIGGER coding_facts_topics_delete AFTER DELETE ON statement_topics BEGIN
  UPDATE coding_facts SET (status, coded, suggested, missing) =
    (SELECT status, coded, suggested, missing FROM coding_facts_source WHERE statement_id = OLD.statement_id)
  WHERE statement_id = OLD.statement_id AND EXISTS (SELECT 1 FROM statements WHERE id = OLD.statement_id);
END;
--> statement-breakpoint
CREATE TRIGGER coding_facts_topics_update AFTER UPDATE ON statement_topics BEGIN
  UPDATE coding_facts SET (status, coded, suggested, missing) =
    (SELECT status, coded, suggested, missing FROM coding_facts_source WHERE statement_id = coding_facts.statement_id)
  WHERE statement_id IN (OLD.statement_id, NEW.statement_id)
    AND EXISTS (SELECT 1 FROM statements WHERE id = coding_facts.statement_id);
END;
--> statement-breakpoint
-- A codebook change re-derives the records filed under the proposition's topic or its subtopics (rare, and
-- bounded by that topic's records).
CREATE TRIGGER coding_facts_propositions_insert AFTER INSERT ON propositions BEGIN
  UPDATE coding_facts SET (status, coded, suggested, missing) =
    (SELECT status, coded, suggested, missing FROM coding_facts_source WHERE statement_id = coding_facts.statement_id)
  WHERE statement_id IN (
    SELECT st.statement_id FROM topics a JOIN topics t ON t.path = a.path OR t.path LIKE a.path || '/%'
    JOIN statement_topics st ON st.topic_id = t.id WHERE a.id = NEW.topic_id);
END;
--> statement-breakpoint
CREATE TRIGGER coding_facts_propositions_delete AFTER DELETE ON propositions BEGIN
  UPDATE coding_facts SET (status, coded, suggested, missing) =
    (SELECT status, coded, suggested, missing FROM coding_facts_source WHERE statement_id = coding_facts.statement_id)
  WHERE statement_id IN (
    SELECT st.statement_id FROM topics a JOIN topics t ON t.path = a.path OR t.path LIKE a.path || '/%'
    JOIN statement_topics st ON st.topic_id = t.id WHERE a.id = OLD.topic_id);
END;
--> statement-breakpoint
CREATE TRIGGER coding_facts_propositions_update AFTER UPDATE OF topic_id ON propositions BEGIN
  UPDATE coding_facts SET (status, coded, suggested, missing) =
    (SELECT status, coded, suggested, missing FROM coding_facts_source WHERE statement_id = coding_facts.statement_id)
  WHERE statement_id IN (
    SELECT st.statement_id FROM topics a JOIN topics t ON t.path = a.path OR t.path LIKE a.path || '/%'
    JOIN statement_topics st ON st.topic_id = t.id WHERE a.id IN (OLD.topic_id, NEW.topic_id));
END;
--> statement-breakpoint
CREATE TRIGGER coding_facts_topics_path AFTER UPDATE OF path ON topics BEGIN
  UPDATE coding_facts SET (status, coded, suggested, missing) =
    (SELECT status, coded, suggested, missing FROM coding_facts_source WHERE statement_id = coding_facts.statement_id)
  WHERE statement_id IN (
    SELECT st.statement_id FROM topics t JOIN statement_topics st ON st.topic_id = t.id
    WHERE t.path = NEW.path OR t.path LIKE NEW.path || '/%');
END;
