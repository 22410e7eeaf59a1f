-- Timeline bins per speaker (issue 9): the counts of timeline_month_counts (migration 0009), keyed by the speaker
-- (person_id, 0 for an unresolved speaker) instead of the speaker's country. A chosen speaker and the grouping by
-- speaker, which counted every matching record live (18 s for a large topic at a million records), sum these rows.
-- The same triggers as 0009 keep them in step (a person's country is not stored here, so a country change needs
-- none); db/queries/position-index.ts suspends them for bulk loads and rebuilds the table from the view.
CREATE TABLE timeline_speaker_counts (
  topic_id INTEGER NOT NULL,
  person_id INTEGER NOT NULL,
  month TEXT NOT NULL,
  end_month TEXT NOT NULL,
  proposition_id INTEGER NOT NULL,
  code TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (topic_id, proposition_id, person_id, month, end_month, code)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE VIEW timeline_speaker_counts_source AS
SELECT a.topic_id, coalesce(s.person_id, 0) AS person_id, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, c.proposition_id, c.code
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id IS NOT NULL
    UNION ALL SELECT id, 0 FROM statements WHERE id IS NOT NULL
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT id AS statement_id, 0 AS proposition_id, 'record' AS code FROM statements WHERE id IS NOT NULL
    UNION ALL
    SELECT x.id, -1, 'record' FROM statements x
    WHERE x.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM coded_positions cp WHERE cp.statement_id = x.id)
    UNION ALL
    SELECT statement_id, proposition_id, CASE
      WHEN status <> 'stated' THEN status WHEN stance >= 2 THEN 's2' WHEN stance = 1 THEN 's1'
      WHEN stance = -1 THEN 'sm1' WHEN stance <= -2 THEN 'sm2' ELSE 's0' END
    FROM coded_positions WHERE statement_id IS NOT NULL
  ) c ON c.statement_id = s.id
  WHERE s.id IS NOT NULL;
--> statement-breakpoint
INSERT INTO timeline_speaker_counts (topic_id, person_id, month, end_month, proposition_id, code, n)
SELECT topic_id, person_id, month, end_month, proposition_id, code, count(*) FROM timeline_speaker_counts_source GROUP BY topic_id, person_id, month, end_month, proposition_id, code;
--> statement-breakpoint
CREATE TRIGGER timeline_speaker_counts_statement_insert AFTER INSERT ON statements BEGIN
  INSERT INTO timeline_speaker_counts (topic_id, person_id, month, end_month, proposition_id, code, n)
  SELECT topic_id, person_id, month, end_month, proposition_id, code, count(*) FROM (
  SELECT a.topic_id, coalesce(s.person_id, 0) AS person_id, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, c.proposition_id, c.code
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id = NEW.id
    UNION ALL SELECT id, 0 FROM statements WHERE id = NEW.id
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT id AS statement_id, 0 AS proposition_id, 'record' AS code FROM statements WHERE id = NEW.id
    UNION ALL
    SELECT x.id, -1, 'record' FROM statements x
    WHERE x.id = NEW.id AND NOT EXISTS (SELECT 1 FROM coded_positions cp WHERE cp.statement_id = x.id)
    UNION ALL
    SELECT statement_id, proposition_id, CASE
      WHEN status <> 'stated' THEN status WHEN stance >= 2 THEN 's2' WHEN stance = 1 THEN 's1'
      WHEN stance = -1 THEN 'sm1' WHEN stance <= -2 THEN 'sm2' ELSE 's0' END
    FROM coded_positions WHERE statement_id = NEW.id
  ) c ON c.statement_id = s.id
  WHERE s.id = NEW.id
  ) WHERE true GROUP BY topic_id, person_id, month, end_month, proposition_id, code
  ON CONFLICT (topic_id, person_id, month, end_month, proposition_id, code) DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_speaker_counts_statement_delete BEFORE DELETE ON statements BEGIN
  UPDATE timeline_speaker_counts SET n = timeline_speaker_counts.n - c.n FROM (
    SELECT topic_id, person_id, month, end_month, proposition_id, code, count(*) AS n FROM (
  SELECT a.topic_id, coalesce(s.person_id, 0) AS person_id, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, c.proposition_id, c.code
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id = OLD.id
    UNION ALL SELECT id, 0 FROM statements WHERE id = OLD.id
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT id AS statement_id, 0 AS proposition_id, 'record' AS code FROM statements WHERE id = OLD.id
    UNION ALL
    SELECT x.id, -1, 'record' FROM statements x
    WHERE x.id = OLD.id AND NOT EXISTS (SELECT 1 FROM coded_positions cp WHERE cp.statement_id = x.id)
    UNION ALL
    SELECT statement_id, proposition_id, CASE
      WHEN status <> 'stated' THEN status WHEN stance >= 2 THEN 's2' WHEN stance = 1 THEN 's1'
      WHEN stance = -1 THEN 'sm1' WHEN stance <= -2 THEN 'sm2' ELSE 's0' END
    FROM coded_positions WHERE statement_id = OLD.id
  ) c ON c.statement_id = s.id
  WHERE s.id = OLD.id
    ) GROUP BY topic_id, person_id, month, end_month, proposition_id, code
  ) AS c WHERE timeline_speaker_counts.topic_id = c.topic_id AND timeline_speaker_counts.person_id = c.person_id AND timeline_speaker_counts.month = c.month AND timeline_speaker_counts.end_month = c.end_month AND timeline_speaker_counts.proposition_id = c.proposition_id AND timeline_speaker_counts.code = c.code;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_speaker_counts_statement_update_before BEFORE UPDATE OF person_id, date_start, date_end ON statements BEGIN
  UPDATE timeline_speaker_counts SET n = timeline_speaker_counts.n - c.n FROM (
    SELECT topic_id, person_id, month, end_month, proposition_id, code, count(*) AS n FROM (
  SELECT a.topic_id, coalesce(s.person_id, 0) AS person_id, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, c.proposition_id, c.code
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id = OLD.id
    UNION ALL SELECT id, 0 FROM statements WHERE id = OLD.id
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT id AS statement_id, 0 AS proposition_id, 'record' AS code FROM statements WHERE id = OLD.id
    UNION ALL
    SELECT x.id, -1, 'record' FROM statements x
    WHERE x.id = OLD.id AND NOT EXISTS (SELECT 1 FROM coded_positions cp WHERE cp.statement_id = x.id)
    UNION ALL
    SELECT statement_id, proposition_id, CASE
      WHEN status <> 'stated' THEN status WHEN stance >= 2 THEN 's2' WHEN stance = 1 THEN 's1'
      WHEN stance = -1 THEN 'sm1' WHEN stance <= -2 THEN 'sm2' ELSE 's0' END
    FROM coded_positions WHERE statement_id = OLD.id
  ) c ON c.statement_id = s.id
  WHERE s.id = OLD.id
    ) GROUP BY topic_id, person_id, month, end_month, proposition_id, code
  ) AS c WHERE timeline_speaker_counts.topic_id = c.topic_id AND timeline_speaker_counts.person_id = c.person_id AND timeline_speaker_counts.month = c.month AND timeline_speaker_counts.end_month = c.end_month AND timeline_speaker_counts.proposition_id = c.proposition_id AND timeline_speaker_counts.code = c.code;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_speaker_counts_statement_update_after AFTER UPDATE OF person_id, date_start, date_end ON statements BEGIN
  INSERT INTO timeline_speaker_counts (topic_id, person_id, month, end_month, proposition_id, code, n)
  SELECT topic_id, person_id, month, end_month, proposition_id, code, count(*) FROM (
  SELECT a.topic_id, coalesce(s.person_id, 0) AS person_id, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, c.proposition_id, c.code
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id = NEW.id
    UNION ALL SELECT id, 0 FROM statements WHERE id = NEW.id
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT id AS statement_id, 0 AS proposition_id, 'record' AS code FROM statements WHERE id = NEW.id
    UNION ALL
    SELECT x.id, -1, 'record' FROM statements x
    WHERE x.id = NEW.id AND NOT EXISTS (SELECT 1 FROM coded_positions cp WHERE cp.statement_id = x.id)
    UNION ALL
    SELECT statement_id, proposition_id, CASE
      WHEN status <> 'stated' THEN status WHEN stance >= 2 THEN 's2' WHEN stance = 1 THEN 's1'
      WHEN stance = -1 THEN 'sm1' WHEN stance <= -2 THEN 'sm2' ELSE 's0' END
    FROM coded_positions WHERE statement_id = NEW.id
  ) c ON c.statement_id = s.id
  WHERE s.id = NEW.id
  ) WHERE true GROUP BY topic_id, person_id, month, end_month, proposition_id, code
  ON CONFLICT (topic_id, person_id, month, end_month, proposition_id, code) DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_speaker_counts_topics_insert_before BEFORE INSERT ON statement_topics BEGIN
  UPDATE timeline_speaker_counts SET n = timeline_speaker_counts.n - c.n FROM (
    SELECT topic_id, person_id, month, end_month, proposition_id, code, count(*) AS n FROM (
  SELECT a.topic_id, coalesce(s.person_id, 0) AS person_id, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, c.proposition_id, c.code
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id = NEW.statement_id
    UNION ALL SELECT id, 0 FROM statements WHERE id = NEW.statement_id
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT id AS statement_id, 0 AS proposition_id, 'record' AS code FROM statements WHERE id = NEW.statement_id
    UNION ALL
    SELECT x.id, -1, 'record' FROM statements x
    WHERE x.id = NEW.statement_id AND NOT EXISTS (SELECT 1 FROM coded_positions cp WHERE cp.statement_id = x.id)
    UNION ALL
    SELECT statement_id, proposition_id, CASE
      WHEN status <> 'stated' THEN status WHEN stance >= 2 THEN 's2' WHEN stance = 1 THEN 's1'
      WHEN stance = -1 THEN 'sm1' WHEN stance <= -2 THEN 'sm2' ELSE 's0' END
    FROM coded_positions WHERE statement_id = NEW.statement_id
  ) c ON c.statement_id = s.id
  WHERE s.id = NEW.statement_id
    ) GROUP BY topic_id, person_id, month, end_month, proposition_id, code
  ) AS c WHERE timeline_speaker_counts.topic_id = c.topic_id AND timeline_speaker_counts.person_id = c.person_id AND timeline_speaker_counts.month = c.month AND timeline_speaker_counts.end_month = c.end_month AND timeline_speaker_counts.proposition_id = c.proposition_id AND timeline_speaker_counts.code = c.code;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_speaker_counts_topics_insert_after AFTER INSERT ON statement_topics BEGIN
  INSERT INTO timeline_speaker_counts (topic_id, person_id, month, end_month, proposition_id, code, n)
  SELECT topic_id, person_id, month, end_month, proposition_id, code, count(*) FROM (
  SELECT a.topic_id, coalesce(s.person_id, 0) AS person_id, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, c.proposition_id, c.code
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id = NEW.statement_id
    UNION ALL SELECT id, 0 FROM statements WHERE id = NEW.statement_id
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT id AS statement_id, 0 AS proposition_id, 'record' AS code FROM statements WHERE id = NEW.statement_id
    UNION ALL
    SELECT x.id, -1, 'record' FROM statements x
    WHERE x.id = NEW.statement_id AND NOT EXISTS (SELECT 1 FROM coded_positions cp WHERE cp.statement_id = x.id)
    UNION ALL
    SELECT statement_id, proposition_id, CASE
      WHEN status <> 'stated' THEN status WHEN stance >= 2 THEN 's2' WHEN stance = 1 THEN 's1'
      WHEN stance = -1 THEN 'sm1' WHEN stance <= -2 THEN 'sm2' ELSE 's0' END
    FROM coded_positions WHERE statement_id = NEW.statement_id
  ) c ON c.statement_id = s.id
  WHERE s.id = NEW.statement_id
  ) WHERE true GROUP BY topic_id, person_id, month, end_month, proposition_id, code
  ON CONFLICT (topic_id, person_id, month, end_month, proposition_id, code) DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_speaker_counts_topics_delete_before BEFORE DELETE ON statement_topics BEGIN
  UPDATE timeline_speaker_counts SET n = timeline_speaker_counts.n - c.n FROM (
    SELECT topic_id, person_id, month, end_month, proposition_id, code, count(*) AS n FROM (
  SELECT a.topic_id, coalesce(s.person_id, 0) AS person_id, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, c.proposition_id, c.code
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id = OLD.statement_id
    UNION ALL SELECT id, 0 FROM statements WHERE id = OLD.statement_id
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT id AS statement_id, 0 AS proposition_id, 'record' AS code FROM statements WHERE id = OLD.statement_id
    UNION ALL
    SELECT x.id, -1, 'record' FROM statements x
    WHERE x.id = OLD.statement_id AND NOT EXISTS (SELECT 1 FROM coded_positions cp WHERE cp.statement_id = x.id)
    UNION ALL
    SELECT statement_id, proposition_id, CASE
      WHEN status <> 'stated' THEN status WHEN stance >= 2 THEN 's2' WHEN stance = 1 THEN 's1'
      WHEN stance = -1 THEN 'sm1' WHEN stance <= -2 THEN 'sm2' ELSE 's0' END
    FROM coded_positions WHERE statement_id = OLD.statement_id
  ) c ON c.statement_id = s.id
  WHERE s.id = OLD.statement_id
    ) GROUP BY topic_id, person_id, month, end_month, proposition_id, code
  ) AS c WHERE timeline_speaker_counts.topic_id = c.topic_id AND timeline_speaker_counts.person_id = c.person_id AND timeline_speaker_counts.month = c.month AND timeline_speaker_counts.end_month = c.end_month AND timeline_speaker_counts.proposition_id = c.proposition_id AND timeline_speaker_counts.code = c.code;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_speaker_counts_topics_delete_after AFTER DELETE ON statement_topics BEGIN
  INSERT INTO timeline_speaker_counts (topic_id, person_id, month, end_month, proposition_id, code, n)
  SELECT topic_id, person_id, month, end_month, proposition_id, code, count(*) FROM (
  SELECT a.topic_id, coalesce(s.person_id, 0) AS person_id, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, c.proposition_id, c.code
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id = OLD.statement_id
    UNION ALL SELECT id, 0 FROM statements WHERE id = OLD.statement_id
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT id AS statement_id, 0 AS proposition_id, 'record' AS code FROM statements WHERE id = OLD.statement_id
    UNION ALL
    SELECT x.id, -1, 'record' FROM statements x
    WHERE x.id = OLD.statement_id AND NOT EXISTS (SELECT 1 FROM coded_positions cp WHERE cp.statement_id = x.id)
    UNION ALL
    SELECT statement_id, proposition_id, CASE
      WHEN status <> 'stated' THEN status WHEN stance >= 2 THEN 's2' WHEN stance = 1 THEN 's1'
      WHEN stance = -1 THEN 'sm1' WHEN stance <= -2 THEN 'sm2' ELSE 's0' END
    FROM coded_positions WHERE statement_id = OLD.statement_id
  ) c ON c.statement_id = s.id
  WHERE s.id = OLD.statement_id
  ) WHERE true GROUP BY topic_id, person_id, month, end_month, proposition_id, code
  ON CONFLICT (topic_id, person_id, month, end_month, proposition_id, code) DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_speaker_counts_topics_update_before BEFORE UPDATE ON statement_topics BEGIN
  UPDATE timeline_speaker_counts SET n = timeline_speaker_counts.n - c.n FROM (
    SELECT topic_id, person_id, month, end_month, proposition_id, code, count(*) AS n FROM (
  SELECT a.topic_id, coalesce(s.person_id, 0) AS person_id, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, c.proposition_id, c.code
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id IN (OLD.statement_id, NEW.statement_id)
    UNION ALL SELECT id, 0 FROM statements WHERE id IN (OLD.statement_id, NEW.statement_id)
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT id AS statement_id, 0 AS proposition_id, 'record' AS code FROM statements WHERE id IN (OLD.statement_id, NEW.statement_id)
    UNION ALL
    SELECT x.id, -1, 'record' FROM statements x
    WHERE x.id IN (OLD.statement_id, NEW.statement_id) AND NOT EXISTS (SELECT 1 FROM coded_positions cp WHERE cp.statement_id = x.id)
    UNION ALL
    SELECT statement_id, proposition_id, CASE
      WHEN status <> 'stated' THEN status WHEN stance >= 2 THEN 's2' WHEN stance = 1 THEN 's1'
      WHEN stance = -1 THEN 'sm1' WHEN stance <= -2 THEN 'sm2' ELSE 's0' END
    FROM coded_positions WHERE statement_id IN (OLD.statement_id, NEW.statement_id)
  ) c ON c.statement_id = s.id
  WHERE s.id IN (OLD.statement_id, NEW.statement_id)
    ) GROUP BY topic_id, person_id, month, end_month, proposition_id, code
  ) AS c WHERE timeline_speaker_counts.topic_id = c.topic_id AND timeline_speaker_counts.person_id = c.person_id AND timeline_speaker_counts.month = c.month AND timeline_speaker_counts.end_month = c.end_month AND timeline_speaker_counts.proposition_id = c.proposition_id AND timeline_speaker_counts.code = c.code;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_speaker_counts_topics_update_after AFTER UPDATE ON statement_topics BEGIN
  INSERT INTO timeline_speaker_counts (topic_id, person_id, month, end_month, proposition_id, code, n)
  SELECT topic_id, person_id, month, end_month, proposition_id, code, count(*) FROM (
  SELECT a.topic_id, coalesce(s.person_id, 0) AS person_id, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, c.proposition_id, c.code
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id IN (OLD.statement_id, NEW.statement_id)
    UNION ALL SELECT id, 0 FROM statements WHERE id IN (OLD.statement_id, NEW.statement_id)
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT id AS statement_id, 0 AS proposition_id, 'record' AS code FROM statements WHERE id IN (OLD.statement_id, NEW.statement_id)
    UNION ALL
    SELECT x.id, -1, 'record' FROM statements x
    WHERE x.id IN (OLD.statement_id, NEW.statement_id) AND NOT EXISTS (SELECT 1 FROM coded_positions cp WHERE cp.statement_id = x.id)
    UNION ALL
    SELECT statement_id, proposition_id, CASE
      WHEN status <> 'stated' THEN status WHEN stance >= 2 THEN 's2' WHEN stance = 1 THEN 's1'
      WHEN stance = -1 THEN 'sm1' WHEN stance <= -2 THEN 'sm2' ELSE 's0' END
    FROM coded_positions WHERE statement_id IN (OLD.statement_id, NEW.statement_id)
  ) c ON c.statement_id = s.id
  WHERE s.id IN (OLD.statement_id, NEW.statement_id)
  ) WHERE true GROUP BY topic_id, person_id, month, end_month, proposition_id, code
  ON CONFLICT (topic_id, person_id, month, end_month, proposition_id, code) DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_speaker_counts_codings_insert_before BEFORE INSERT ON coded_positions BEGIN
  UPDATE timeline_speaker_counts SET n = timeline_speaker_counts.n - c.n FROM (
    SELECT topic_id, person_id, month, end_month, proposition_id, code, count(*) AS n FROM (
  SELECT a.topic_id, coalesce(s.person_id, 0) AS person_id, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, c.proposition_id, c.code
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id = NEW.statement_id
    UNION ALL SELECT id, 0 FROM statements WHERE id = NEW.statement_id
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT id AS statement_id, 0 AS proposition_id, 'record' AS code FROM statements WHERE id = NEW.statement_id
    UNION ALL
    SELECT x.id, -1, 'record' FROM statements x
    WHERE x.id = NEW.statement_id AND NOT EXISTS (SELECT 1 FROM coded_positions cp WHERE cp.statement_id = x.id)
    UNION ALL
    SELECT statement_id, proposition_id, CASE
      WHEN status <> 'stated' THEN status WHEN stance >= 2 THEN 's2' WHEN stance = 1 THEN 's1'
      WHEN stance = -1 THEN 'sm1' WHEN stance <= -2 THEN 'sm2' ELSE 's0' END
    FROM coded_positions WHERE statement_id = NEW.statement_id
  ) c ON c.statement_id = s.id
  WHERE s.id = NEW.statement_id
    ) GROUP BY topic_id, person_id, month, end_month, proposition_id, code
  ) AS c WHERE timeline_speaker_counts.topic_id = c.topic_id AND timeline_speaker_counts.person_id = c.person_id AND timeline_speaker_counts.month = c.month AND timeline_speaker_counts.end_month = c.end_month AND timeline_speaker_counts.proposition_id = c.proposition_id AND timeline_speaker_counts.code = c.code;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_speaker_counts_codings_insert_after AFTER INSERT ON coded_positions BEGIN
  INSERT INTO timeline_speaker_counts (topic_id, person_id, month, end_month, proposition_id, code, n)
  SELECT topic_id, person_id, month, end_month, proposition_id, code, count(*) FROM (
  SELECT a.topic_id, coalesce(s.person_id, 0) AS person_id, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, c.proposition_id, c.code
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id = NEW.statement_id
    UNION ALL SELECT id, 0 FROM statements WHERE id = NEW.statement_id
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT id AS statement_id, 0 AS proposition_id, 'record' AS code FROM statements WHERE id = NEW.statement_id
    UNION ALL
    SELECT x.id, -1, 'record' FROM statements x
    WHERE x.id = NEW.statement_id AND NOT EXISTS (SELECT 1 FROM coded_positions cp WHERE cp.statement_id = x.id)
    UNION ALL
    SELECT statement_id, proposition_id, CASE
      WHEN status <> 'stated' THEN status WHEN stance >= 2 THEN 's2' WHEN stance = 1 THEN 's1'
      WHEN stance = -1 THEN 'sm1' WHEN stance <= -2 THEN 'sm2' ELSE 's0' END
    FROM coded_positions WHERE statement_id = NEW.statement_id
  ) c ON c.statement_id = s.id
  WHERE s.id = NEW.statement_id
  ) WHERE true GROUP BY topic_id, person_id, month, end_month, proposition_id, code
  ON CONFLICT (topic_id, person_id, month, end_month, proposition_id, code) DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_speaker_counts_codings_delete_before BEFORE DELETE ON coded_positions BEGIN
  UPDATE timeline_speaker_counts SET n = timeline_speaker_counts.n - c.n FROM (
    SELECT topic_id, person_id, month, end_month, proposition_id, code, count(*) AS n FROM (
  SELECT a.topic_id, coalesce(s.person_id, 0) AS person_id, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, c.proposition_id, c.code
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id = OLD.statement_id
    UNION ALL SELECT id, 0 FROM statements WHERE id = OLD.statement_id
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT id AS statement_id, 0 AS proposition_id, 'record' AS code FROM statements WHERE id = OLD.statement_id
    UNION ALL
    SELECT x.id, -1, 'record' FROM statements x
    WHERE x.id = OLD.statement_id AND NOT EXISTS (SELECT 1 FROM coded_positions cp WHERE cp.statement_id = x.id)
    UNION ALL
    SELECT statement_id, proposition_id, CASE
      WHEN status <> 'stated' THEN status WHEN stance >= 2 THEN 's2' WHEN stance = 1 THEN 's1'
      WHEN stance = -1 THEN 'sm1' WHEN stance <= -2 THEN 'sm2' ELSE 's0' END
    FROM coded_positions WHERE statement_id = OLD.statement_id
  ) c ON c.statement_id = s.id
  WHERE s.id = OLD.statement_id
    ) GROUP BY topic_id, person_id, month, end_month, proposition_id, code
  ) AS c WHERE timeline_speaker_counts.topic_id = c.topic_id AND timeline_speaker_counts.person_id = c.person_id AND timeline_speaker_counts.month = c.month AND timeline_speaker_counts.end_month = c.end_month AND timeline_speaker_counts.proposition_id = c.proposition_id AND timeline_speaker_counts.code = c.code;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_speaker_counts_codings_delete_after AFTER DELETE ON coded_positions BEGIN
  INSERT INTO timeline_speaker_counts (topic_id, person_id, month, end_month, proposition_id, code, n)
  SELECT topic_id, person_id, month, end_month, proposition_id, code, count(*) FROM (
  SELECT a.topic_id, coalesce(s.person_id, 0) AS person_id, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, c.proposition_id, c.code
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id = OLD.statement_id
    UNION ALL SELECT id, 0 FROM statements WHERE id = OLD.statement_id
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT id AS statement_id, 0 AS proposition_id, 'record' AS code FROM statements WHERE id = OLD.statement_id
    UNION ALL
    SELECT x.id, -1, 'record' FROM statements x
    WHERE x.id = OLD.statement_id AND NOT EXISTS (SELECT 1 FROM coded_positions cp WHERE cp.statement_id = x.id)
    UNION ALL
    SELECT statement_id, proposition_id, CASE
      WHEN status <> 'stated' THEN status WHEN stance >= 2 THEN 's2' WHEN stance = 1 THEN 's1'
      WHEN stance = -1 THEN 'sm1' WHEN stance <= -2 THEN 'sm2' ELSE 's0' END
    FROM coded_positions WHERE statement_id = OLD.statement_id
  ) c ON c.statement_id = s.id
  WHERE s.id = OLD.statement_id
  ) WHERE true GROUP BY topic_id, person_id, month, end_month, proposition_id, code
  ON CONFLICT (topic_id, person_id, month, end_month, proposition_id, code) DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_speaker_counts_codings_update_before BEFORE UPDATE ON coded_positions BEGIN
  UPDATE timeline_speaker_counts SET n = timeline_speaker_counts.n - c.n FROM (
    SELECT topic_id, person_id, month, end_month, proposition_id, code, count(*) AS n FROM (
  SELECT a.topic_id, coalesce(s.person_id, 0) AS person_id, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, c.proposition_id, c.code
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id IN (OLD.statement_id, NEW.statement_id)
    UNION ALL SELECT id, 0 FROM statements WHERE id IN (OLD.statement_id, NEW.statement_id)
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT id AS statement_id, 0 AS proposition_id, 'record' AS code FROM statements WHERE id IN (OLD.statement_id, NEW.statement_id)
    UNION ALL
    SELECT x.id, -1, 'record' FROM statements x
    WHERE x.id IN (OLD.statement_id, NEW.statement_id) AND NOT EXISTS (SELECT 1 FROM coded_positions cp WHERE cp.statement_id = x.id)
    UNION ALL
    SELECT statement_id, proposition_id, CASE
      WHEN status <> 'stated' THEN status WHEN stance >= 2 THEN 's2' WHEN stance = 1 THEN 's1'
      WHEN stance = -1 THEN 'sm1' WHEN stance <= -2 THEN 'sm2' ELSE 's0' END
    FROM coded_positions WHERE statement_id IN (OLD.statement_id, NEW.statement_id)
  ) c ON c.statement_id = s.id
  WHERE s.id IN (OLD.statement_id, NEW.statement_id)
    ) GROUP BY topic_id, person_id, month, end_month, proposition_id, code
  ) AS c WHERE timeline_speaker_counts.topic_id = c.topic_id AND timeline_speaker_counts.person_id = c.person_id AND timeline_speaker_counts.month = c.month AND timeline_speaker_counts.end_month = c.end_month AND timeline_speaker_counts.proposition_id = c.proposition_id AND timeline_speaker_counts.code = c.code;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_speaker_counts_codings_update_after AFTER UPDATE ON coded_positions BEGIN
  INSERT INTO timeline_speaker_counts (topic_id, person_id, month, end_month, proposition_id, code, n)
  SELECT topic_id, person_id, month, end_month, proposition_id, code, count(*) FROM (
  SELECT a.topic_id, coalesce(s.person_id, 0) AS person_id, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, c.proposition_id, c.code
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id IN (OLD.statement_id, NEW.statement_id)
    UNION ALL SELECT id, 0 FROM statements WHERE id IN (OLD.statement_id, NEW.statement_id)
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT id AS statement_id, 0 AS proposition_id, 'record' AS code FROM statements WHERE id IN (OLD.statement_id, NEW.statement_id)
    UNION ALL
    SELECT x.id, -1, 'record' FROM statements x
    WHERE x.id IN (OLD.statement_id, NEW.statement_id) AND NOT EXISTS (SELECT 1 FROM coded_positions cp WHERE cp.statement_id = x.id)
    UNION ALL
    SELECT statement_id, proposition_id, CASE
      WHEN status <> 'stated' THEN status WHEN stance >= 2 THEN 's2' WHEN stance = 1 THEN 's1'
      WHEN stance = -1 THEN 'sm1' WHEN stance <= -2 THEN 'sm2' ELSE 's0' END
    FROM coded_positions WHERE statement_id IN (OLD.statement_id, NEW.statement_id)
  ) c ON c.statement_id = s.id
  WHERE s.id IN (OLD.statement_id, NEW.statement_id)
  ) WHERE true GROUP BY topic_id, person_id, month, end_month, proposition_id, code
  ON CONFLICT (topic_id, person_id, month, end_month, proposition_id, code) DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_speaker_counts_topic_path AFTER UPDATE OF path ON topics BEGIN
  DELETE FROM timeline_speaker_counts;
  INSERT INTO timeline_speaker_counts (topic_id, person_id, month, end_month, proposition_id, code, n)
  SELECT topic_id, person_id, month, end_month, proposition_id, code, count(*) FROM timeline_speaker_counts_source GROUP BY topic_id, person_id, month, end_month, proposition_id, code;
END;
