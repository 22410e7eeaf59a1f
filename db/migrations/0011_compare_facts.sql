-- Comparison of periods (issue 9): what /compare counts per record beyond position_facts, in one narrow row per
-- statement, so that aggregating a side of many thousand records never reads the wide statements rows.
-- tier_rank orders sources best first (verbatim record, official text, state media, independent media, other);
-- coded counts the record's coded positions (0 = not coded). Kept in step by the triggers below and rebuilt in
-- bulk by db/queries/position-index.ts.
CREATE TABLE compare_facts (
  statement_id INTEGER PRIMARY KEY NOT NULL,
  tier TEXT NOT NULL,
  tier_rank INTEGER NOT NULL,
  role_id INTEGER,
  inferred INTEGER NOT NULL,
  coded INTEGER NOT NULL DEFAULT 0
);
--> statement-breakpoint
CREATE VIEW compare_facts_source AS
SELECT
  s.id AS statement_id,
  so.tier,
  CASE so.tier WHEN 'verbatim_record' THEN 0 WHEN 'official_text' THEN 1 WHEN 'state_media' THEN 2
    WHEN 'independent_media' THEN 3 ELSE 4 END AS tier_rank,
  s.role_id,
  s.date_basis = 'inferred' AS inferred,
  (SELECT count(*) FROM coded_positions cp WHERE cp.statement_id = s.id) AS coded
FROM statements s JOIN sources so ON so.id = s.source_id;
--> statement-breakpoint
INSERT INTO compare_facts SELECT * FROM compare_facts_source;
--> statement-breakpoint
CREATE TRIGGER compare_facts_statement_insert AFTER INSERT ON statements BEGIN
  INSERT OR REPLACE INTO compare_facts SELECT * FROM compare_facts_source WHERE statement_id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER compare_facts_statement_update AFTER UPDATE OF source_id, role_id, date_basis ON statements BEGIN
  INSERT OR REPLACE INTO compare_facts SELECT * FROM compare_facts_source WHERE statement_id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER compare_facts_statement_delete AFTER DELETE ON statements BEGIN
  DELETE FROM compare_facts WHERE statement_id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER compare_facts_source_update AFTER UPDATE OF tier ON sources BEGIN
  INSERT OR REPLACE INTO compare_facts
  SELECT * FROM compare_facts_source WHERE statement_id IN (SELECT id FROM statements WHERE source_id = NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER compare_facts_coded_insert AFTER INSERT ON coded_positions BEGIN
  UPDATE compare_facts SET coded = coded + 1 WHERE statement_id = NEW.statement_id;
END;
--> statement-breakpoint
CREATE TRIGGER compare_facts_coded_delete AFTER DELETE ON coded_positions BEGIN
  UPDATE compare_facts SET coded = coded - 1 WHERE statement_id = OLD.statement_id;
END;
--> statement-breakpoint
CREATE TRIGGER compare_facts_coded_update AFTER UPDATE OF statement_id ON coded_positions BEGIN
  UPDATE compare_facts SET coded = coded - 1 WHERE statement_id = OLD.statement_id;
  UPDATE compare_facts SET coded = coded + 1 WHERE statement_id = NEW.statement_id;
END;
