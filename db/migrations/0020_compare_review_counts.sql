-- Review statuses in the comparison's maintained counts (issue 12): compare_counts gains the kind
--   review      proposition:review status of each coding (draft, agreed, disputed, adjudicated)
-- so a side of a comparison says how many of the codes it counts are drafts or disputed, read from the counts as
-- every other figure is. The view and every trigger of 0016_compare_counts.sql are written again from the same
-- template with one more branch (a statement's whole contribution is taken away before a change and added back
-- after, so every trigger must count every kind alike), and the coding triggers also fire on review_status.
-- Only the new kind is backfilled.
DROP VIEW compare_counts_source;
--> statement-breakpoint
CREATE VIEW compare_counts_source AS
  SELECT a.topic_id, coalesce(p.country, '') AS country, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, k.kind, k.value
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id IS NOT NULL
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT x.id AS statement_id, 'event' AS kind, coalesce(CAST(x.event_id AS TEXT), '') AS value
      FROM statements x WHERE x.id IS NOT NULL
    UNION ALL SELECT x.id, 'venue', coalesce(e.kind, '') FROM statements x LEFT JOIN events e ON e.id = x.event_id
      WHERE x.id IS NOT NULL
    UNION ALL SELECT x.id, 'mode', x.mode FROM statements x WHERE x.id IS NOT NULL
    UNION ALL SELECT x.id, 'tier', so.tier FROM statements x JOIN sources so ON so.id = x.source_id WHERE x.id IS NOT NULL
    UNION ALL SELECT x.id, 'role', coalesce(CAST(x.role_id AS TEXT), '') FROM statements x WHERE x.id IS NOT NULL
    UNION ALL SELECT x.statement_id, 'topic', CAST(x.topic_id AS TEXT) FROM statement_topics x
      WHERE x.statement_id IS NOT NULL
    UNION ALL SELECT x.id, 'start', x.date_start FROM statements x WHERE x.id IS NOT NULL AND x.date_start IS NOT NULL
    UNION ALL SELECT x.id, 'end', x.date_end FROM statements x WHERE x.id IS NOT NULL AND x.date_end IS NOT NULL
    UNION ALL SELECT x.id, 'inferred', '' FROM statements x WHERE x.id IS NOT NULL AND x.date_basis = 'inferred'
    UNION ALL SELECT x.id, 'note', x.date_note FROM statements x
      WHERE x.id IS NOT NULL AND x.date_basis = 'inferred' AND x.date_note IS NOT NULL
    UNION ALL SELECT x.id, 'unresolved', x.attribution_text FROM statements x WHERE x.id IS NOT NULL AND x.person_id IS NULL
    UNION ALL SELECT x.statement_id, 'evidence', x.proposition_id || ':' || CASE x.status WHEN 'stated' THEN 0
        WHEN 'ambiguous' THEN 1 WHEN 'no_position' THEN 2 ELSE 3 END || ':' || CASE so.tier
        WHEN 'verbatim_record' THEN 0 WHEN 'official_text' THEN 1 WHEN 'state_media' THEN 2
        WHEN 'independent_media' THEN 3 ELSE 4 END
      FROM coded_positions x JOIN statements y ON y.id = x.statement_id JOIN sources so ON so.id = y.source_id
      WHERE x.statement_id IS NOT NULL
    UNION ALL SELECT x.statement_id, 'review', x.proposition_id || ':' || x.review_status FROM coded_positions x
      WHERE x.statement_id IS NOT NULL
  ) k ON k.statement_id = s.id
  LEFT JOIN persons p ON p.id = s.person_id
  WHERE s.id IS NOT NULL;
--> statement-breakpoint
DROP TRIGGER compare_counts_statement_insert;
--> statement-breakpoint
CREATE TRIGGER compare_counts_statement_insert AFTER INSERT ON statements BEGIN
  INSERT INTO compare_counts (topic_id, month, end_month, country, kind, value, n)
  SELECT topic_id, month, end_month, country, kind, value, count(*) FROM (
  SELECT a.topic_id, coalesce(p.country, '') AS country, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, k.kind, k.value
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id = NEW.id
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT x.id AS statement_id, 'event' AS kind, coalesce(CAST(x.event_id AS TEXT), '') AS value
      FROM statements x WHERE x.id = NEW.id
    UNION ALL SELECT x.id, 'venue', coalesce(e.kind, '') FROM statements x LEFT JOIN events e ON e.id = x.event_id
      WHERE x.id = NEW.id
    UNION ALL SELECT x.id, 'mode', x.mode FROM statements x WHERE x.id = NEW.id
    UNION ALL SELECT x.id, 'tier', so.tier FROM statements x JOIN sources so ON so.id = x.source_id WHERE x.id = NEW.id
    UNION ALL SELECT x.id, 'role', coalesce(CAST(x.role_id AS TEXT), '') FROM statements x WHERE x.id = NEW.id
    UNION ALL SELECT x.statement_id, 'topic', CAST(x.topic_id AS TEXT) FROM statement_topics x
      WHERE x.statement_id = NEW.id
    UNION ALL SELECT x.id, 'start', x.date_start FROM statements x WHERE x.id = NEW.id AND x.date_start IS NOT NULL
    UNION ALL SELECT x.id, 'end', x.date_end FROM statements x WHERE x.id = NEW.id AND x.date_end IS NOT NULL
    UNION ALL SELECT x.id, 'inferred', '' FROM statements x WHERE x.id = NEW.id AND x.date_basis = 'inferred'
    UNION ALL SELECT x.id, 'note', x.date_note FROM statements x
      WHERE x.id = NEW.id AND x.date_basis = 'inferred' AND x.date_note IS NOT NULL
    UNION ALL SELECT x.id, 'unresolved', x.attribution_text FROM statements x WHERE x.id = NEW.id AND x.person_id IS NULL
    UNION ALL SELECT x.statement_id, 'evidence', x.proposition_id || ':' || CASE x.status WHEN 'stated' THEN 0
        WHEN 'ambiguous' THEN 1 WHEN 'no_position' THEN 2 ELSE 3 END || ':' || CASE so.tier
        WHEN 'verbatim_record' THEN 0 WHEN 'official_text' THEN 1 WHEN 'state_media' THEN 2
        WHEN 'independent_media' THEN 3 ELSE 4 END
      FROM coded_positions x JOIN statements y ON y.id = x.statement_id JOIN sources so ON so.id = y.source_id
      WHERE x.statement_id = NEW.id
    UNION ALL SELECT x.statement_id, 'review', x.proposition_id || ':' || x.review_status FROM coded_positions x
      WHERE x.statement_id = NEW.id
  ) k ON k.statement_id = s.id
  LEFT JOIN persons p ON p.id = s.person_id
  WHERE s.id = NEW.id
  ) WHERE true GROUP BY topic_id, month, end_month, country, kind, value
  ON CONFLICT (topic_id, month, end_month, country, kind, value) DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
DROP TRIGGER compare_counts_statement_delete;
--> statement-breakpoint
CREATE TRIGGER compare_counts_statement_delete BEFORE DELETE ON statements BEGIN
  UPDATE compare_counts SET n = compare_counts.n - c.n FROM (
    SELECT topic_id, month, end_month, country, kind, value, count(*) AS n FROM (
  SELECT a.topic_id, coalesce(p.country, '') AS country, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, k.kind, k.value
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id = OLD.id
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT x.id AS statement_id, 'event' AS kind, coalesce(CAST(x.event_id AS TEXT), '') AS value
      FROM statements x WHERE x.id = OLD.id
    UNION ALL SELECT x.id, 'venue', coalesce(e.kind, '') FROM statements x LEFT JOIN events e ON e.id = x.event_id
      WHERE x.id = OLD.id
    UNION ALL SELECT x.id, 'mode', x.mode FROM statements x WHERE x.id = OLD.id
    UNION ALL SELECT x.id, 'tier', so.tier FROM statements x JOIN sources so ON so.id = x.source_id WHERE x.id = OLD.id
    UNION ALL SELECT x.id, 'role', coalesce(CAST(x.role_id AS TEXT), '') FROM statements x WHERE x.id = OLD.id
    UNION ALL SELECT x.statement_id, 'topic', CAST(x.topic_id AS TEXT) FROM statement_topics x
      WHERE x.statement_id = OLD.id
    UNION ALL SELECT x.id, 'start', x.date_start FROM statements x WHERE x.id = OLD.id AND x.date_start IS NOT NULL
    UNION ALL SELECT x.id, 'end', x.date_end FROM statements x WHERE x.id = OLD.id AND x.date_end IS NOT NULL
    UNION ALL SELECT x.id, 'inferred', '' FROM statements x WHERE x.id = OLD.id AND x.date_basis = 'inferred'
    UNION ALL SELECT x.id, 'note', x.date_note FROM statements x
      WHERE x.id = OLD.id AND x.date_basis = 'inferred' AND x.date_note IS NOT NULL
    UNION ALL SELECT x.id, 'unresolved', x.attribution_text FROM statements x WHERE x.id = OLD.id AND x.person_id IS NULL
    UNION ALL SELECT x.statement_id, 'evidence', x.proposition_id || ':' || CASE x.status WHEN 'stated' THEN 0
        WHEN 'ambiguous' THEN 1 WHEN 'no_position' THEN 2 ELSE 3 END || ':' || CASE so.tier
        WHEN 'verbatim_record' THEN 0 WHEN 'official_text' THEN 1 WHEN 'state_media' THEN 2
        WHEN 'independent_media' THEN 3 ELSE 4 END
      FROM coded_positions x JOIN statements y ON y.id = x.statement_id JOIN sources so ON so.id = y.source_id
      WHERE x.statement_id = OLD.id
    UNION ALL SELECT x.statement_id, 'review', x.proposition_id || ':' || x.review_status FROM coded_positions x
      WHERE x.statement_id = OLD.id
  ) k ON k.statement_id = s.id
  LEFT JOIN persons p ON p.id = s.person_id
  WHERE s.id = OLD.id
    ) GROUP BY topic_id, month, end_month, country, kind, value
  ) AS c WHERE compare_counts.topic_id = c.topic_id AND compare_counts.month = c.month AND compare_counts.end_month = c.end_month AND compare_counts.country = c.country AND compare_counts.kind = c.kind AND compare_counts.value = c.value;
END;
--> statement-breakpoint
DROP TRIGGER compare_counts_statement_update_before;
--> statement-breakpoint
CREATE TRIGGER compare_counts_statement_update_before BEFORE UPDATE OF person_id, date_start, date_end, event_id, mode, source_id, role_id, date_basis, date_note, attribution_text ON statements BEGIN
  UPDATE compare_counts SET n = compare_counts.n - c.n FROM (
    SELECT topic_id, month, end_month, country, kind, value, count(*) AS n FROM (
  SELECT a.topic_id, coalesce(p.country, '') AS country, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, k.kind, k.value
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id = OLD.id
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT x.id AS statement_id, 'event' AS kind, coalesce(CAST(x.event_id AS TEXT), '') AS value
      FROM statements x WHERE x.id = OLD.id
    UNION ALL SELECT x.id, 'venue', coalesce(e.kind, '') FROM statements x LEFT JOIN events e ON e.id = x.event_id
      WHERE x.id = OLD.id
    UNION ALL SELECT x.id, 'mode', x.mode FROM statements x WHERE x.id = OLD.id
    UNION ALL SELECT x.id, 'tier', so.tier FROM statements x JOIN sources so ON so.id = x.source_id WHERE x.id = OLD.id
    UNION ALL SELECT x.id, 'role', coalesce(CAST(x.role_id AS TEXT), '') FROM statements x WHERE x.id = OLD.id
    UNION ALL SELECT x.statement_id, 'topic', CAST(x.topic_id AS TEXT) FROM statement_topics x
      WHERE x.statement_id = OLD.id
    UNION ALL SELECT x.id, 'start', x.date_start FROM statements x WHERE x.id = OLD.id AND x.date_start IS NOT NULL
    UNION ALL SELECT x.id, 'end', x.date_end FROM statements x WHERE x.id = OLD.id AND x.date_end IS NOT NULL
    UNION ALL SELECT x.id, 'inferred', '' FROM statements x WHERE x.id = OLD.id AND x.date_basis = 'inferred'
    UNION ALL SELECT x.id, 'note', x.date_note FROM statements x
      WHERE x.id = OLD.id AND x.date_basis = 'inferred' AND x.date_note IS NOT NULL
    UNION ALL SELECT x.id, 'unresolved', x.attribution_text FROM statements x WHERE x.id = OLD.id AND x.person_id IS NULL
    UNION ALL SELECT x.statement_id, 'evidence', x.proposition_id || ':' || CASE x.status WHEN 'stated' THEN 0
        WHEN 'ambiguous' THEN 1 WHEN 'no_position' THEN 2 ELSE 3 END || ':' || CASE so.tier
        WHEN 'verbatim_record' THEN 0 WHEN 'official_text' THEN 1 WHEN 'state_media' THEN 2
        WHEN 'independent_media' THEN 3 ELSE 4 END
      FROM coded_positions x JOIN statements y ON y.id = x.statement_id JOIN sources so ON so.id = y.source_id
      WHERE x.statement_id = OLD.id
    UNION ALL SELECT x.statement_id, 'review', x.proposition_id || ':' || x.review_status FROM coded_positions x
      WHERE x.statement_id = OLD.id
  ) k ON k.statement_id = s.id
  LEFT JOIN persons p ON p.id = s.person_id
  WHERE s.id = OLD.id
    ) GROUP BY topic_id, month, end_month, country, kind, value
  ) AS c WHERE compare_counts.topic_id = c.topic_id AND compare_counts.month = c.month AND compare_counts.end_month = c.end_month AND compare_counts.country = c.country AND compare_counts.kind = c.kind AND compare_counts.value = c.value;
END;
--> statement-breakpoint
DROP TRIGGER compare_counts_statement_update_after;
--> statement-breakpoint
CREATE TRIGGER compare_counts_statement_update_after AFTER UPDATE OF person_id, date_start, date_end, event_id, mode, source_id, role_id, date_basis, date_note, attribution_text ON statements BEGIN
  INSERT INTO compare_counts (topic_id, month, end_month, country, kind, value, n)
  SELECT topic_id, month, end_month, country, kind, value, count(*) FROM (
  SELECT a.topic_id, coalesce(p.country, '') AS country, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, k.kind, k.value
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id = NEW.id
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT x.id AS statement_id, 'event' AS kind, coalesce(CAST(x.event_id AS TEXT), '') AS value
      FROM statements x WHERE x.id = NEW.id
    UNION ALL SELECT x.id, 'venue', coalesce(e.kind, '') FROM statements x LEFT JOIN events e ON e.id = x.event_id
      WHERE x.id = NEW.id
    UNION ALL SELECT x.id, 'mode', x.mode FROM statements x WHERE x.id = NEW.id
    UNION ALL SELECT x.id, 'tier', so.tier FROM statements x JOIN sources so ON so.id = x.source_id WHERE x.id = NEW.id
    UNION ALL SELECT x.id, 'role', coalesce(CAST(x.role_id AS TEXT), '') FROM statements x WHERE x.id = NEW.id
    UNION ALL SELECT x.statement_id, 'topic', CAST(x.topic_id AS TEXT) FROM statement_topics x
      WHERE x.statement_id = NEW.id
    UNION ALL SELECT x.id, 'start', x.date_start FROM statements x WHERE x.id = NEW.id AND x.date_start IS NOT NULL
    UNION ALL SELECT x.id, 'end', x.date_end FROM statements x WHERE x.id = NEW.id AND x.date_end IS NOT NULL
    UNION ALL SELECT x.id, 'inferred', '' FROM statements x WHERE x.id = NEW.id AND x.date_basis = 'inferred'
    UNION ALL SELECT x.id, 'note', x.date_note FROM statements x
      WHERE x.id = NEW.id AND x.date_basis = 'inferred' AND x.date_note IS NOT NULL
    UNION ALL SELECT x.id, 'unresolved', x.attribution_text FROM statements x WHERE x.id = NEW.id AND x.person_id IS NULL
    UNION ALL SELECT x.statement_id, 'evidence', x.proposition_id || ':' || CASE x.status WHEN 'stated' THEN 0
        WHEN 'ambiguous' THEN 1 WHEN 'no_position' THEN 2 ELSE 3 END || ':' || CASE so.tier
        WHEN 'verbatim_record' THEN 0 WHEN 'official_text' THEN 1 WHEN 'state_media' THEN 2
        WHEN 'independent_media' THEN 3 ELSE 4 END
      FROM coded_positions x JOIN statements y ON y.id = x.statement_id JOIN sources so ON so.id = y.source_id
      WHERE x.statement_id = NEW.id
    UNION ALL SELECT x.statement_id, 'review', x.proposition_id || ':' || x.review_status FROM coded_positions x
      WHERE x.statement_id = NEW.id
  ) k ON k.statement_id = s.id
  LEFT JOIN persons p ON p.id = s.person_id
  WHERE s.id = NEW.id
  ) WHERE true GROUP BY topic_id, month, end_month, country, kind, value
  ON CONFLICT (topic_id, month, end_month, country, kind, value) DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
DROP TRIGGER compare_counts_topics_insert_before;
--> statement-breakpoint
CREATE TRIGGER compare_counts_topics_insert_before BEFORE INSERT ON statement_topics BEGIN
  UPDATE compare_counts SET n = compare_counts.n - c.n FROM (
    SELECT topic_id, month, end_month, country, kind, value, count(*) AS n FROM (
  SELECT a.topic_id, coalesce(p.country, '') AS country, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, k.kind, k.value
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id = NEW.statement_id
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT x.id AS statement_id, 'event' AS kind, coalesce(CAST(x.event_id AS TEXT), '') AS value
      FROM statements x WHERE x.id = NEW.statement_id
    UNION ALL SELECT x.id, 'venue', coalesce(e.kind, '') FROM statements x LEFT JOIN events e ON e.id = x.event_id
      WHERE x.id = NEW.statement_id
    UNION ALL SELECT x.id, 'mode', x.mode FROM statements x WHERE x.id = NEW.statement_id
    UNION ALL SELECT x.id, 'tier', so.tier FROM statements x JOIN sources so ON so.id = x.source_id WHERE x.id = NEW.statement_id
    UNION ALL SELECT x.id, 'role', coalesce(CAST(x.role_id AS TEXT), '') FROM statements x WHERE x.id = NEW.statement_id
    UNION ALL SELECT x.statement_id, 'topic', CAST(x.topic_id AS TEXT) FROM statement_topics x
      WHERE x.statement_id = NEW.statement_id
    UNION ALL SELECT x.id, 'start', x.date_start FROM statements x WHERE x.id = NEW.statement_id AND x.date_start IS NOT NULL
    UNION ALL SELECT x.id, 'end', x.date_end FROM statements x WHERE x.id = NEW.statement_id AND x.date_end IS NOT NULL
    UNION ALL SELECT x.id, 'inferred', '' FROM statements x WHERE x.id = NEW.statement_id AND x.date_basis = 'inferred'
    UNION ALL SELECT x.id, 'note', x.date_note FROM statements x
      WHERE x.id = NEW.statement_id AND x.date_basis = 'inferred' AND x.date_note IS NOT NULL
    UNION ALL SELECT x.id, 'unresolved', x.attribution_text FROM statements x WHERE x.id = NEW.statement_id AND x.person_id IS NULL
    UNION ALL SELECT x.statement_id, 'evidence', x.proposition_id || ':' || CASE x.status WHEN 'stated' THEN 0
        WHEN 'ambiguous' THEN 1 WHEN 'no_position' THEN 2 ELSE 3 END || ':' || CASE so.tier
        WHEN 'verbatim_record' THEN 0 WHEN 'official_text' THEN 1 WHEN 'state_media' THEN 2
        WHEN 'independent_media' THEN 3 ELSE 4 END
      FROM coded_positions x JOIN statements y ON y.id = x.statement_id JOIN sources so ON so.id = y.source_id
      WHERE x.statement_id = NEW.statement_id
    UNION ALL SELECT x.statement_id, 'review', x.proposition_id || ':' || x.review_status FROM coded_positions x
      WHERE x.statement_id = NEW.statement_id
  ) k ON k.statement_id = s.id
  LEFT JOIN persons p ON p.id = s.person_id
  WHERE s.id = NEW.statement_id
    ) GROUP BY topic_id, month, end_month, country, kind, value
  ) AS c WHERE compare_counts.topic_id = c.topic_id AND compare_counts.month = c.month AND compare_counts.end_month = c.end_month AND compare_counts.country = c.country AND compare_counts.kind = c.kind AND compare_counts.value = c.value;
END;
--> statement-breakpoint
DROP TRIGGER compare_counts_topics_insert_after;
--> statement-breakpoint
CREATE TRIGGER compare_counts_topics_insert_after AFTER INSERT ON statement_topics BEGIN
  INSERT INTO compare_counts (topic_id, month, end_month, country, kind, value, n)
  SELECT topic_id, month, end_month, country, kind, value, count(*) FROM (
  SELECT a.topic_id, coalesce(p.country, '') AS country, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, k.kind, k.value
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id = NEW.statement_id
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT x.id AS statement_id, 'event' AS kind, coalesce(CAST(x.event_id AS TEXT), '') AS value
      FROM statements x WHERE x.id = NEW.statement_id
    UNION ALL SELECT x.id, 'venue', coalesce(e.kind, '') FROM statements x LEFT JOIN events e ON e.id = x.event_id
      WHERE x.id = NEW.statement_id
    UNION ALL SELECT x.id, 'mode', x.mode FROM statements x WHERE x.id = NEW.statement_id
    UNION ALL SELECT x.id, 'tier', so.tier FROM statements x JOIN sources so ON so.id = x.source_id WHERE x.id = NEW.statement_id
    UNION ALL SELECT x.id, 'role', coalesce(CAST(x.role_id AS TEXT), '') FROM statements x WHERE x.id = NEW.statement_id
    UNION ALL SELECT x.statement_id, 'topic', CAST(x.topic_id AS TEXT) FROM statement_topics x
      WHERE x.statement_id = NEW.statement_id
    UNION ALL SELECT x.id, 'start', x.date_start FROM statements x WHERE x.id = NEW.statement_id AND x.date_start IS NOT NULL
    UNION ALL SELECT x.id, 'end', x.date_end FROM statements x WHERE x.id = NEW.statement_id AND x.date_end IS NOT NULL
    UNION ALL SELECT x.id, 'inferred', '' FROM statements x WHERE x.id = NEW.statement_id AND x.date_basis = 'inferred'
    UNION ALL SELECT x.id, 'note', x.date_note FROM statements x
      WHERE x.id = NEW.statement_id AND x.date_basis = 'inferred' AND x.date_note IS NOT NULL
    UNION ALL SELECT x.id, 'unresolved', x.attribution_text FROM statements x WHERE x.id = NEW.statement_id AND x.person_id IS NULL
    UNION ALL SELECT x.statement_id, 'evidence', x.proposition_id || ':' || CASE x.status WHEN 'stated' THEN 0
        WHEN 'ambiguous' THEN 1 WHEN 'no_position' THEN 2 ELSE 3 END || ':' || CASE so.tier
        WHEN 'verbatim_record' THEN 0 WHEN 'official_text' THEN 1 WHEN 'state_media' THEN 2
        WHEN 'independent_media' THEN 3 ELSE 4 END
      FROM coded_positions x JOIN statements y ON y.id = x.statement_id JOIN sources so ON so.id = y.source_id
      WHERE x.statement_id = NEW.statement_id
    UNION ALL SELECT x.statement_id, 'review', x.proposition_id || ':' || x.review_status FROM coded_positions x
      WHERE x.statement_id = NEW.statement_id
  ) k ON k.statement_id = s.id
  LEFT JOIN persons p ON p.id = s.person_id
  WHERE s.id = NEW.statement_id
  ) WHERE true GROUP BY topic_id, month, end_month, country, kind, value
  ON CONFLICT (topic_id, month, end_month, country, kind, value) DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
DROP TRIGGER compare_counts_topics_delete_before;
--> statement-breakpoint
CREATE TRIGGER compare_counts_topics_delete_before BEFORE DELETE ON statement_topics BEGIN
  UPDATE compare_counts SET n = compare_counts.n - c.n FROM (
    SELECT topic_id, month, end_month, country, kind, value, count(*) AS n FROM (
  SELECT a.topic_id, coalesce(p.country, '') AS country, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, k.kind, k.value
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id = OLD.statement_id
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT x.id AS statement_id, 'event' AS kind, coalesce(CAST(x.event_id AS TEXT), '') AS value
      FROM statements x WHERE x.id = OLD.statement_id
    UNION ALL SELECT x.id, 'venue', coalesce(e.kind, '') FROM statements x LEFT JOIN events e ON e.id = x.event_id
      WHERE x.id = OLD.statement_id
    UNION ALL SELECT x.id, 'mode', x.mode FROM statements x WHERE x.id = OLD.statement_id
    UNION ALL SELECT x.id, 'tier', so.tier FROM statements x JOIN sources so ON so.id = x.source_id WHERE x.id = OLD.statement_id
    UNION ALL SELECT x.id, 'role', coalesce(CAST(x.role_id AS TEXT), '') FROM statements x WHERE x.id = OLD.statement_id
    UNION ALL SELECT x.statement_id, 'topic', CAST(x.topic_id AS TEXT) FROM statement_topics x
      WHERE x.statement_id = OLD.statement_id
    UNION ALL SELECT x.id, 'start', x.date_start FROM statements x WHERE x.id = OLD.statement_id AND x.date_start IS NOT NULL
    UNION ALL SELECT x.id, 'end', x.date_end FROM statements x WHERE x.id = OLD.statement_id AND x.date_end IS NOT NULL
    UNION ALL SELECT x.id, 'inferred', '' FROM statements x WHERE x.id = OLD.statement_id AND x.date_basis = 'inferred'
    UNION ALL SELECT x.id, 'note', x.date_note FROM statements x
      WHERE x.id = OLD.statement_id AND x.date_basis = 'inferred' AND x.date_note IS NOT NULL
    UNION ALL SELECT x.id, 'unresolved', x.attribution_text FROM statements x WHERE x.id = OLD.statement_id AND x.person_id IS NULL
    UNION ALL SELECT x.statement_id, 'evidence', x.proposition_id || ':' || CASE x.status WHEN 'stated' THEN 0
        WHEN 'ambiguous' THEN 1 WHEN 'no_position' THEN 2 ELSE 3 END || ':' || CASE so.tier
        WHEN 'verbatim_record' THEN 0 WHEN 'official_text' THEN 1 WHEN 'state_media' THEN 2
        WHEN 'independent_media' THEN 3 ELSE 4 END
      FROM coded_positions x JOIN statements y ON y.id = x.statement_id JOIN sources so ON so.id = y.source_id
      WHERE x.statement_id = OLD.statement_id
    UNION ALL SELECT x.statement_id, 'review', x.proposition_id || ':' || x.review_status FROM coded_positions x
      WHERE x.statement_id = OLD.statement_id
  ) k ON k.statement_id = s.id
  LEFT JOIN persons p ON p.id = s.person_id
  WHERE s.id = OLD.statement_id
    ) GROUP BY topic_id, month, end_month, country, kind, value
  ) AS c WHERE compare_counts.topic_id = c.topic_id AND compare_counts.month = c.month AND compare_counts.end_month = c.end_month AND compare_counts.country = c.country AND compare_counts.kind = c.kind AND compare_counts.value = c.value;
END;
--> statement-breakpoint
DROP TRIGGER compare_counts_topics_delete_after;
--> statement-breakpoint
CREATE TRIGGER compare_counts_topics_delete_after AFTER DELETE ON statement_topics BEGIN
  INSERT INTO compare_counts (topic_id, month, end_month, country, kind, value, n)
  SELECT topic_id, month, end_month, country, kind, value, count(*) FROM (
  SELECT a.topic_id, coalesce(p.country, '') AS country, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, k.kind, k.value
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id = OLD.statement_id
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT x.id AS statement_id, 'event' AS kind, coalesce(CAST(x.event_id AS TEXT), '') AS value
      FROM statements x WHERE x.id = OLD.statement_id
    UNION ALL SELECT x.id, 'venue', coalesce(e.kind, '') FROM statements x LEFT JOIN events e ON e.id = x.event_id
      WHERE x.id = OLD.statement_id
    UNION ALL SELECT x.id, 'mode', x.mode FROM statements x WHERE x.id = OLD.statement_id
    UNION ALL SELECT x.id, 'tier', so.tier FROM statements x JOIN sources so ON so.id = x.source_id WHERE x.id = OLD.statement_id
    UNION ALL SELECT x.id, 'role', coalesce(CAST(x.role_id AS TEXT), '') FROM statements x WHERE x.id = OLD.statement_id
    UNION ALL SELECT x.statement_id, 'topic', CAST(x.topic_id AS TEXT) FROM statement_topics x
      WHERE x.statement_id = OLD.statement_id
    UNION ALL SELECT x.id, 'start', x.date_start FROM statements x WHERE x.id = OLD.statement_id AND x.date_start IS NOT NULL
    UNION ALL SELECT x.id, 'end', x.date_end FROM statements x WHERE x.id = OLD.statement_id AND x.date_end IS NOT NULL
    UNION ALL SELECT x.id, 'inferred', '' FROM statements x WHERE x.id = OLD.statement_id AND x.date_basis = 'inferred'
    UNION ALL SELECT x.id, 'note', x.date_note FROM statements x
      WHERE x.id = OLD.statement_id AND x.date_basis = 'inferred' AND x.date_note IS NOT NULL
    UNION ALL SELECT x.id, 'unresolved', x.attribution_text FROM statements x WHERE x.id = OLD.statement_id AND x.person_id IS NULL
    UNION ALL SELECT x.statement_id, 'evidence', x.proposition_id || ':' || CASE x.status WHEN 'stated' THEN 0
        WHEN 'ambiguous' THEN 1 WHEN 'no_position' THEN 2 ELSE 3 END || ':' || CASE so.tier
        WHEN 'verbatim_record' THEN 0 WHEN 'official_text' THEN 1 WHEN 'state_media' THEN 2
        WHEN 'independent_media' THEN 3 ELSE 4 END
      FROM coded_positions x JOIN statements y ON y.id = x.statement_id JOIN sources so ON so.id = y.source_id
      WHERE x.statement_id = OLD.statement_id
    UNION ALL SELECT x.statement_id, 'review', x.proposition_id || ':' || x.review_status FROM coded_positions x
      WHERE x.statement_id = OLD.statement_id
  ) k ON k.statement_id = s.id
  LEFT JOIN persons p ON p.id = s.person_id
  WHERE s.id = OLD.statement_id
  ) WHERE true GROUP BY topic_id, month, end_month, country, kind, value
  ON CONFLICT (topic_id, month, end_month, country, kind, value) DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
DROP TRIGGER compare_counts_topics_update_before;
--> statement-breakpoint
CREATE TRIGGER compare_counts_topics_update_before BEFORE UPDATE ON statement_topics BEGIN
  UPDATE compare_counts SET n = compare_counts.n - c.n FROM (
    SELECT topic_id, month, end_month, country, kind, value, count(*) AS n FROM (
  SELECT a.topic_id, coalesce(p.country, '') AS country, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, k.kind, k.value
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id IN (OLD.statement_id, NEW.statement_id)
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT x.id AS statement_id, 'event' AS kind, coalesce(CAST(x.event_id AS TEXT), '') AS value
      FROM statements x WHERE x.id IN (OLD.statement_id, NEW.statement_id)
    UNION ALL SELECT x.id, 'venue', coalesce(e.kind, '') FROM statements x LEFT JOIN events e ON e.id = x.event_id
      WHERE x.id IN (OLD.statement_id, NEW.statement_id)
    UNION ALL SELECT x.id, 'mode', x.mode FROM statements x WHERE x.id IN (OLD.statement_id, NEW.statement_id)
    UNION ALL SELECT x.id, 'tier', so.tier FROM statements x JOIN sources so ON so.id = x.source_id WHERE x.id IN (OLD.statement_id, NEW.statement_id)
    UNION ALL SELECT x.id, 'role', coalesce(CAST(x.role_id AS TEXT), '') FROM statements x WHERE x.id IN (OLD.statement_id, NEW.statement_id)
    UNION ALL SELECT x.statement_id, 'topic', CAST(x.topic_id AS TEXT) FROM statement_topics x
      WHERE x.statement_id IN (OLD.statement_id, NEW.statement_id)
    UNION ALL SELECT x.id, 'start', x.date_start FROM statements x WHERE x.id IN (OLD.statement_id, NEW.statement_id) AND x.date_start IS NOT NULL
    UNION ALL SELECT x.id, 'end', x.date_end FROM statements x WHERE x.id IN (OLD.statement_id, NEW.statement_id) AND x.date_end IS NOT NULL
    UNION ALL SELECT x.id, 'inferred', '' FROM statements x WHERE x.id IN (OLD.statement_id, NEW.statement_id) AND x.date_basis = 'inferred'
    UNION ALL SELECT x.id, 'note', x.date_note FROM statements x
      WHERE x.id IN (OLD.statement_id, NEW.statement_id) AND x.date_basis = 'inferred' AND x.date_note IS NOT NULL
    UNION ALL SELECT x.id, 'unresolved', x.attribution_text FROM statements x WHERE x.id IN (OLD.statement_id, NEW.statement_id) AND x.person_id IS NULL
    UNION ALL SELECT x.statement_id, 'evidence', x.proposition_id || ':' || CASE x.status WHEN 'stated' THEN 0
        WHEN 'ambiguous' THEN 1 WHEN 'no_position' THEN 2 ELSE 3 END || ':' || CASE so.tier
        WHEN 'verbatim_record' THEN 0 WHEN 'official_text' THEN 1 WHEN 'state_media' THEN 2
        WHEN 'independent_media' THEN 3 ELSE 4 END
      FROM coded_positions x JOIN statements y ON y.id = x.statement_id JOIN sources so ON so.id = y.source_id
      WHERE x.statement_id IN (OLD.statement_id, NEW.statement_id)
    UNION ALL SELECT x.statement_id, 'review', x.proposition_id || ':' || x.review_status FROM coded_positions x
      WHERE x.statement_id IN (OLD.statement_id, NEW.statement_id)
  ) k ON k.statement_id = s.id
  LEFT JOIN persons p ON p.id = s.person_id
  WHERE s.id IN (OLD.statement_id, NEW.statement_id)
    ) GROUP BY topic_id, month, end_month, country, kind, value
  ) AS c WHERE compare_counts.topic_id = c.topic_id AND compare_counts.month = c.month AND compare_counts.end_month = c.end_month AND compare_counts.country = c.country AND compare_counts.kind = c.kind AND compare_counts.value = c.value;
END;
--> statement-breakpoint
DROP TRIGGER compare_counts_topics_update_after;
--> statement-breakpoint
CREATE TRIGGER compare_counts_topics_update_after AFTER UPDATE ON statement_topics BEGIN
  INSERT INTO compare_counts (topic_id, month, end_month, country, kind, value, n)
  SELECT topic_id, month, end_month, country, kind, value, count(*) FROM (
  SELECT a.topic_id, coalesce(p.country, '') AS country, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, k.kind, k.value
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id IN (OLD.statement_id, NEW.statement_id)
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT x.id AS statement_id, 'event' AS kind, coalesce(CAST(x.event_id AS TEXT), '') AS value
      FROM statements x WHERE x.id IN (OLD.statement_id, NEW.statement_id)
    UNION ALL SELECT x.id, 'venue', coalesce(e.kind, '') FROM statements x LEFT JOIN events e ON e.id = x.event_id
      WHERE x.id IN (OLD.statement_id, NEW.statement_id)
    UNION ALL SELECT x.id, 'mode', x.mode FROM statements x WHERE x.id IN (OLD.statement_id, NEW.statement_id)
    UNION ALL SELECT x.id, 'tier', so.tier FROM statements x JOIN sources so ON so.id = x.source_id WHERE x.id IN (OLD.statement_id, NEW.statement_id)
    UNION ALL SELECT x.id, 'role', coalesce(CAST(x.role_id AS TEXT), '') FROM statements x WHERE x.id IN (OLD.statement_id, NEW.statement_id)
    UNION ALL SELECT x.statement_id, 'topic', CAST(x.topic_id AS TEXT) FROM statement_topics x
      WHERE x.statement_id IN (OLD.statement_id, NEW.statement_id)
    UNION ALL SELECT x.id, 'start', x.date_start FROM statements x WHERE x.id IN (OLD.statement_id, NEW.statement_id) AND x.date_start IS NOT NULL
    UNION ALL SELECT x.id, 'end', x.date_end FROM statements x WHERE x.id IN (OLD.statement_id, NEW.statement_id) AND x.date_end IS NOT NULL
    UNION ALL SELECT x.id, 'inferred', '' FROM statements x WHERE x.id IN (OLD.statement_id, NEW.statement_id) AND x.date_basis = 'inferred'
    UNION ALL SELECT x.id, 'note', x.date_note FROM statements x
      WHERE x.id IN (OLD.statement_id, NEW.statement_id) AND x.date_basis = 'inferred' AND x.date_note IS NOT NULL
    UNION ALL SELECT x.id, 'unresolved', x.attribution_text FROM statements x WHERE x.id IN (OLD.statement_id, NEW.statement_id) AND x.person_id IS NULL
    UNION ALL SELECT x.statement_id, 'evidence', x.proposition_id || ':' || CASE x.status WHEN 'stated' THEN 0
        WHEN 'ambiguous' THEN 1 WHEN 'no_position' THEN 2 ELSE 3 END || ':' || CASE so.tier
        WHEN 'verbatim_record' THEN 0 WHEN 'official_text' THEN 1 WHEN 'state_media' THEN 2
        WHEN 'independent_media' THEN 3 ELSE 4 END
      FROM coded_positions x JOIN statements y ON y.id = x.statement_id JOIN sources so ON so.id = y.source_id
      WHERE x.statement_id IN (OLD.statement_id, NEW.statement_id)
    UNION ALL SELECT x.statement_id, 'review', x.proposition_id || ':' || x.review_status FROM coded_positions x
      WHERE x.statement_id IN (OLD.statement_id, NEW.statement_id)
  ) k ON k.statement_id = s.id
  LEFT JOIN persons p ON p.id = s.person_id
  WHERE s.id IN (OLD.statement_id, NEW.statement_id)
  ) WHERE true GROUP BY topic_id, month, end_month, country, kind, value
  ON CONFLICT (topic_id, month, end_month, country, kind, value) DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
DROP TRIGGER compare_counts_codings_insert_before;
--> statement-breakpoint
CREATE TRIGGER compare_counts_codings_insert_before BEFORE INSERT ON coded_positions BEGIN
  UPDATE compare_counts SET n = compare_counts.n - c.n FROM (
    SELECT topic_id, month, end_month, country, kind, value, count(*) AS n FROM (
  SELECT a.topic_id, coalesce(p.country, '') AS country, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, k.kind, k.value
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id = NEW.statement_id
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT x.id AS statement_id, 'event' AS kind, coalesce(CAST(x.event_id AS TEXT), '') AS value
      FROM statements x WHERE x.id = NEW.statement_id
    UNION ALL SELECT x.id, 'venue', coalesce(e.kind, '') FROM statements x LEFT JOIN events e ON e.id = x.event_id
      WHERE x.id = NEW.statement_id
    UNION ALL SELECT x.id, 'mode', x.mode FROM statements x WHERE x.id = NEW.statement_id
    UNION ALL SELECT x.id, 'tier', so.tier FROM statements x JOIN sources so ON so.id = x.source_id WHERE x.id = NEW.statement_id
    UNION ALL SELECT x.id, 'role', coalesce(CAST(x.role_id AS TEXT), '') FROM statements x WHERE x.id = NEW.statement_id
    UNION ALL SELECT x.statement_id, 'topic', CAST(x.topic_id AS TEXT) FROM statement_topics x
      WHERE x.statement_id = NEW.statement_id
    UNION ALL SELECT x.id, 'start', x.date_start FROM statements x WHERE x.id = NEW.statement_id AND x.date_start IS NOT NULL
    UNION ALL SELECT x.id, 'end', x.date_end FROM statements x WHERE x.id = NEW.statement_id AND x.date_end IS NOT NULL
    UNION ALL SELECT x.id, 'inferred', '' FROM statements x WHERE x.id = NEW.statement_id AND x.date_basis = 'inferred'
    UNION ALL SELECT x.id, 'note', x.date_note FROM statements x
      WHERE x.id = NEW.statement_id AND x.date_basis = 'inferred' AND x.date_note IS NOT NULL
    UNION ALL SELECT x.id, 'unresolved', x.attribution_text FROM statements x WHERE x.id = NEW.statement_id AND x.person_id IS NULL
    UNION ALL SELECT x.statement_id, 'evidence', x.proposition_id || ':' || CASE x.status WHEN 'stated' THEN 0
        WHEN 'ambiguous' THEN 1 WHEN 'no_position' THEN 2 ELSE 3 END || ':' || CASE so.tier
        WHEN 'verbatim_record' THEN 0 WHEN 'official_text' THEN 1 WHEN 'state_media' THEN 2
        WHEN 'independent_media' THEN 3 ELSE 4 END
      FROM coded_positions x JOIN statements y ON y.id = x.statement_id JOIN sources so ON so.id = y.source_id
      WHERE x.statement_id = NEW.statement_id
    UNION ALL SELECT x.statement_id, 'review', x.proposition_id || ':' || x.review_status FROM coded_positions x
      WHERE x.statement_id = NEW.statement_id
  ) k ON k.statement_id = s.id
  LEFT JOIN persons p ON p.id = s.person_id
  WHERE s.id = NEW.statement_id
    ) GROUP BY topic_id, month, end_month, country, kind, value
  ) AS c WHERE compare_counts.topic_id = c.topic_id AND compare_counts.month = c.month AND compare_counts.end_month = c.end_month AND compare_counts.country = c.country AND compare_counts.kind = c.kind AND compare_counts.value = c.value;
END;
--> statement-breakpoint
DROP TRIGGER compare_counts_codings_insert_after;
--> statement-breakpoint
CREATE TRIGGER compare_counts_codings_insert_after AFTER INSERT ON coded_positions BEGIN
  INSERT INTO compare_counts (topic_id, month, end_month, country, kind, value, n)
  SELECT topic_id, month, end_month, country, kind, value, count(*) FROM (
  SELECT a.topic_id, coalesce(p.country, '') AS country, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, k.kind, k.value
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id = NEW.statement_id
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT x.id AS statement_id, 'event' AS kind, coalesce(CAST(x.event_id AS TEXT), '') AS value
      FROM statements x WHERE x.id = NEW.statement_id
    UNION ALL SELECT x.id, 'venue', coalesce(e.kind, '') FROM statements x LEFT JOIN events e ON e.id = x.event_id
      WHERE x.id = NEW.statement_id
    UNION ALL SELECT x.id, 'mode', x.mode FROM statements x WHERE x.id = NEW.statement_id
    UNION ALL SELECT x.id, 'tier', so.tier FROM statements x JOIN sources so ON so.id = x.source_id WHERE x.id = NEW.statement_id
    UNION ALL SELECT x.id, 'role', coalesce(CAST(x.role_id AS TEXT), '') FROM statements x WHERE x.id = NEW.statement_id
    UNION ALL SELECT x.statement_id, 'topic', CAST(x.topic_id AS TEXT) FROM statement_topics x
      WHERE x.statement_id = NEW.statement_id
    UNION ALL SELECT x.id, 'start', x.date_start FROM statements x WHERE x.id = NEW.statement_id AND x.date_start IS NOT NULL
    UNION ALL SELECT x.id, 'end', x.date_end FROM statements x WHERE x.id = NEW.statement_id AND x.date_end IS NOT NULL
    UNION ALL SELECT x.id, 'inferred', '' FROM statements x WHERE x.id = NEW.statement_id AND x.date_basis = 'inferred'
    UNION ALL SELECT x.id, 'note', x.date_note FROM statements x
      WHERE x.id = NEW.statement_id AND x.date_basis = 'inferred' AND x.date_note IS NOT NULL
    UNION ALL SELECT x.id, 'unresolved', x.attribution_text FROM statements x WHERE x.id = NEW.statement_id AND x.person_id IS NULL
    UNION ALL SELECT x.statement_id, 'evidence', x.proposition_id || ':' || CASE x.status WHEN 'stated' THEN 0
        WHEN 'ambiguous' THEN 1 WHEN 'no_position' THEN 2 ELSE 3 END || ':' || CASE so.tier
        WHEN 'verbatim_record' THEN 0 WHEN 'official_text' THEN 1 WHEN 'state_media' THEN 2
        WHEN 'independent_media' THEN 3 ELSE 4 END
      FROM coded_positions x JOIN statements y ON y.id = x.statement_id JOIN sources so ON so.id = y.source_id
      WHERE x.statement_id = NEW.statement_id
    UNION ALL SELECT x.statement_id, 'review', x.proposition_id || ':' || x.review_status FROM coded_positions x
      WHERE x.statement_id = NEW.statement_id
  ) k ON k.statement_id = s.id
  LEFT JOIN persons p ON p.id = s.person_id
  WHERE s.id = NEW.statement_id
  ) WHERE true GROUP BY topic_id, month, end_month, country, kind, value
  ON CONFLICT (topic_id, month, end_month, country, kind, value) DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
DROP TRIGGER compare_counts_codings_delete_before;
--> statement-breakpoint
CREATE TRIGGER compare_counts_codings_delete_before BEFORE DELETE ON coded_positions BEGIN
  UPDATE compare_counts SET n = compare_counts.n - c.n FROM (
    SELECT topic_id, month, end_month, country, kind, value, count(*) AS n FROM (
  SELECT a.topic_id, coalesce(p.country, '') AS country, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, k.kind, k.value
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id = OLD.statement_id
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT x.id AS statement_id, 'event' AS kind, coalesce(CAST(x.event_id AS TEXT), '') AS value
      FROM statements x WHERE x.id = OLD.statement_id
    UNION ALL SELECT x.id, 'venue', coalesce(e.kind, '') FROM statements x LEFT JOIN events e ON e.id = x.event_id
      WHERE x.id = OLD.statement_id
    UNION ALL SELECT x.id, 'mode', x.mode FROM statements x WHERE x.id = OLD.statement_id
    UNION ALL SELECT x.id, 'tier', so.tier FROM statements x JOIN sources so ON so.id = x.source_id WHERE x.id = OLD.statement_id
    UNION ALL SELECT x.id, 'role', coalesce(CAST(x.role_id AS TEXT), '') FROM statements x WHERE x.id = OLD.statement_id
    UNION ALL SELECT x.statement_id, 'topic', CAST(x.topic_id AS TEXT) FROM statement_topics x
      WHERE x.statement_id = OLD.statement_id
    UNION ALL SELECT x.id, 'start', x.date_start FROM statements x WHERE x.id = OLD.statement_id AND x.date_start IS NOT NULL
    UNION ALL SELECT x.id, 'end', x.date_end FROM statements x WHERE x.id = OLD.statement_id AND x.date_end IS NOT NULL
    UNION ALL SELECT x.id, 'inferred', '' FROM statements x WHERE x.id = OLD.statement_id AND x.date_basis = 'inferred'
    UNION ALL SELECT x.id, 'note', x.date_note FROM statements x
      WHERE x.id = OLD.statement_id AND x.date_basis = 'inferred' AND x.date_note IS NOT NULL
    UNION ALL SELECT x.id, 'unresolved', x.attribution_text FROM statements x WHERE x.id = OLD.statement_id AND x.person_id IS NULL
    UNION ALL SELECT x.statement_id, 'evidence', x.proposition_id || ':' || CASE x.status WHEN 'stated' THEN 0
        WHEN 'ambiguous' THEN 1 WHEN 'no_position' THEN 2 ELSE 3 END || ':' || CASE so.tier
        WHEN 'verbatim_record' THEN 0 WHEN 'official_text' THEN 1 WHEN 'state_media' THEN 2
        WHEN 'independent_media' THEN 3 ELSE 4 END
      FROM coded_positions x JOIN statements y ON y.id = x.statement_id JOIN sources so ON so.id = y.source_id
      WHERE x.statement_id = OLD.statement_id
    UNION ALL SELECT x.statement_id, 'review', x.proposition_id || ':' || x.review_status FROM coded_positions x
      WHERE x.statement_id = OLD.statement_id
  ) k ON k.statement_id = s.id
  LEFT JOIN persons p ON p.id = s.person_id
  WHERE s.id = OLD.statement_id
    ) GROUP BY topic_id, month, end_month, country, kind, value
  ) AS c WHERE compare_counts.topic_id = c.topic_id AND compare_counts.month = c.month AND compare_counts.end_month = c.end_month AND compare_counts.country = c.country AND compare_counts.kind = c.kind AND compare_counts.value = c.value;
END;
--> statement-breakpoint
DROP TRIGGER compare_counts_codings_delete_after;
--> statement-breakpoint
CREATE TRIGGER compare_counts_codings_delete_after AFTER DELETE ON coded_positions BEGIN
  INSERT INTO compare_counts (topic_id, month, end_month, country, kind, value, n)
  SELECT topic_id, month, end_month, country, kind, value, count(*) FROM (
  SELECT a.topic_id, coalesce(p.country, '') AS country, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, k.kind, k.value
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id = OLD.statement_id
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT x.id AS statement_id, 'event' AS kind, coalesce(CAST(x.event_id AS TEXT), '') AS value
      FROM statements x WHERE x.id = OLD.statement_id
    UNION ALL SELECT x.id, 'venue', coalesce(e.kind, '') FROM statements x LEFT JOIN events e ON e.id = x.event_id
      WHERE x.id = OLD.statement_id
    UNION ALL SELECT x.id, 'mode', x.mode FROM statements x WHERE x.id = OLD.statement_id
    UNION ALL SELECT x.id, 'tier', so.tier FROM statements x JOIN sources so ON so.id = x.source_id WHERE x.id = OLD.statement_id
    UNION ALL SELECT x.id, 'role', coalesce(CAST(x.role_id AS TEXT), '') FROM statements x WHERE x.id = OLD.statement_id
    UNION ALL SELECT x.statement_id, 'topic', CAST(x.topic_id AS TEXT) FROM statement_topics x
      WHERE x.statement_id = OLD.statement_id
    UNION ALL SELECT x.id, 'start', x.date_start FROM statements x WHERE x.id = OLD.statement_id AND x.date_start IS NOT NULL
    UNION ALL SELECT x.id, 'end', x.date_end FROM statements x WHERE x.id = OLD.statement_id AND x.date_end IS NOT NULL
    UNION ALL SELECT x.id, 'inferred', '' FROM statements x WHERE x.id = OLD.statement_id AND x.date_basis = 'inferred'
    UNION ALL SELECT x.id, 'note', x.date_note FROM statements x
      WHERE x.id = OLD.statement_id AND x.date_basis = 'inferred' AND x.date_note IS NOT NULL
    UNION ALL SELECT x.id, 'unresolved', x.attribution_text FROM statements x WHERE x.id = OLD.statement_id AND x.person_id IS NULL
    UNION ALL SELECT x.statement_id, 'evidence', x.proposition_id || ':' || CASE x.status WHEN 'stated' THEN 0
        WHEN 'ambiguous' THEN 1 WHEN 'no_position' THEN 2 ELSE 3 END || ':' || CASE so.tier
        WHEN 'verbatim_record' THEN 0 WHEN 'official_text' THEN 1 WHEN 'state_media' THEN 2
        WHEN 'independent_media' THEN 3 ELSE 4 END
      FROM coded_positions x JOIN statements y ON y.id = x.statement_id JOIN sources so ON so.id = y.source_id
      WHERE x.statement_id = OLD.statement_id
    UNION ALL SELECT x.statement_id, 'review', x.proposition_id || ':' || x.review_status FROM coded_positions x
      WHERE x.statement_id = OLD.statement_id
  ) k ON k.statement_id = s.id
  LEFT JOIN persons p ON p.id = s.person_id
  WHERE s.id = OLD.statement_id
  ) WHERE true GROUP BY topic_id, month, end_month, country, kind, value
  ON CONFLICT (topic_id, month, end_month, country, kind, value) DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
DROP TRIGGER compare_counts_codings_update_before;
--> statement-breakpoint
CREATE TRIGGER compare_counts_codings_update_before BEFORE UPDATE OF statement_id, proposition_id, status, review_status ON coded_positions BEGIN
  UPDATE compare_counts SET n = compare_counts.n - c.n FROM (
    SELECT topic_id, month, end_month, country, kind, value, count(*) AS n FROM (
  SELECT a.topic_id, coalesce(p.country, '') AS country, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, k.kind, k.value
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id IN (OLD.statement_id, NEW.statement_id)
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT x.id AS statement_id, 'event' AS kind, coalesce(CAST(x.event_id AS TEXT), '') AS value
      FROM statements x WHERE x.id IN (OLD.statement_id, NEW.statement_id)
    UNION ALL SELECT x.id, 'venue', coalesce(e.kind, '') FROM statements x LEFT JOIN events e ON e.id = x.event_id
      WHERE x.id IN (OLD.statement_id, NEW.statement_id)
    UNION ALL SELECT x.id, 'mode', x.mode FROM statements x WHERE x.id IN (OLD.statement_id, NEW.statement_id)
    UNION ALL SELECT x.id, 'tier', so.tier FROM statements x JOIN sources so ON so.id = x.source_id WHERE x.id IN (OLD.statement_id, NEW.statement_id)
    UNION ALL SELECT x.id, 'role', coalesce(CAST(x.role_id AS TEXT), '') FROM statements x WHERE x.id IN (OLD.statement_id, NEW.statement_id)
    UNION ALL SELECT x.statement_id, 'topic', CAST(x.topic_id AS TEXT) FROM statement_topics x
      WHERE x.statement_id IN (OLD.statement_id, NEW.statement_id)
    UNION ALL SELECT x.id, 'start', x.date_start FROM statements x WHERE x.id IN (OLD.statement_id, NEW.statement_id) AND x.date_start IS NOT NULL
    UNION ALL SELECT x.id, 'end', x.date_end FROM statements x WHERE x.id IN (OLD.statement_id, NEW.statement_id) AND x.date_end IS NOT NULL
    UNION ALL SELECT x.id, 'inferred', '' FROM statements x WHERE x.id IN (OLD.statement_id, NEW.statement_id) AND x.date_basis = 'inferred'
    UNION ALL SELECT x.id, 'note', x.date_note FROM statements x
      WHERE x.id IN (OLD.statement_id, NEW.statement_id) AND x.date_basis = 'inferred' AND x.date_note IS NOT NULL
    UNION ALL SELECT x.id, 'unresolved', x.attribution_text FROM statements x WHERE x.id IN (OLD.statement_id, NEW.statement_id) AND x.person_id IS NULL
    UNION ALL SELECT x.statement_id, 'evidence', x.proposition_id || ':' || CASE x.status WHEN 'stated' THEN 0
        WHEN 'ambiguous' THEN 1 WHEN 'no_position' THEN 2 ELSE 3 END || ':' || CASE so.tier
        WHEN 'verbatim_record' THEN 0 WHEN 'official_text' THEN 1 WHEN 'state_media' THEN 2
        WHEN 'independent_media' THEN 3 ELSE 4 END
      FROM coded_positions x JOIN statements y ON y.id = x.statement_id JOIN sources so ON so.id = y.source_id
      WHERE x.statement_id IN (OLD.statement_id, NEW.statement_id)
    UNION ALL SELECT x.statement_id, 'review', x.proposition_id || ':' || x.review_status FROM coded_positions x
      WHERE x.statement_id IN (OLD.statement_id, NEW.statement_id)
  ) k ON k.statement_id = s.id
  LEFT JOIN persons p ON p.id = s.person_id
  WHERE s.id IN (OLD.statement_id, NEW.statement_id)
    ) GROUP BY topic_id, month, end_month, country, kind, value
  ) AS c WHERE compare_counts.topic_id = c.topic_id AND compare_counts.month = c.month AND compare_counts.end_month = c.end_month AND compare_counts.country = c.country AND compare_counts.kind = c.kind AND compare_counts.value = c.value;
END;
--> statement-breakpoint
DROP TRIGGER compare_counts_codings_update_after;
--> statement-breakpoint
CREATE TRIGGER compare_counts_codings_update_after AFTER UPDATE OF statement_id, proposition_id, status, review_status ON coded_positions BEGIN
  INSERT INTO compare_counts (topic_id, month, end_month, country, kind, value, n)
  SELECT topic_id, month, end_month, country, kind, value, count(*) FROM (
  SELECT a.topic_id, coalesce(p.country, '') AS country, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, k.kind, k.value
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id IN (OLD.statement_id, NEW.statement_id)
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT x.id AS statement_id, 'event' AS kind, coalesce(CAST(x.event_id AS TEXT), '') AS value
      FROM statements x WHERE x.id IN (OLD.statement_id, NEW.statement_id)
    UNION ALL SELECT x.id, 'venue', coalesce(e.kind, '') FROM statements x LEFT JOIN events e ON e.id = x.event_id
      WHERE x.id IN (OLD.statement_id, NEW.statement_id)
    UNION ALL SELECT x.id, 'mode', x.mode FROM statements x WHERE x.id IN (OLD.statement_id, NEW.statement_id)
    UNION ALL SELECT x.id, 'tier', so.tier FROM statements x JOIN sources so ON so.id = x.source_id WHERE x.id IN (OLD.statement_id, NEW.statement_id)
    UNION ALL SELECT x.id, 'role', coalesce(CAST(x.role_id AS TEXT), '') FROM statements x WHERE x.id IN (OLD.statement_id, NEW.statement_id)
    UNION ALL SELECT x.statement_id, 'topic', CAST(x.topic_id AS TEXT) FROM statement_topics x
      WHERE x.statement_id IN (OLD.statement_id, NEW.statement_id)
    UNION ALL SELECT x.id, 'start', x.date_start FROM statements x WHERE x.id IN (OLD.statement_id, NEW.statement_id) AND x.date_start IS NOT NULL
    UNION ALL SELECT x.id, 'end', x.date_end FROM statements x WHERE x.id IN (OLD.statement_id, NEW.statement_id) AND x.date_end IS NOT NULL
    UNION ALL SELECT x.id, 'inferred', '' FROM statements x WHERE x.id IN (OLD.statement_id, NEW.statement_id) AND x.date_basis = 'inferred'
    UNION ALL SELECT x.id, 'note', x.date_note FROM statements x
      WHERE x.id IN (OLD.statement_id, NEW.statement_id) AND x.date_basis = 'inferred' AND x.date_note IS NOT NULL
    UNION ALL SELECT x.id, 'unresolved', x.attribution_text FROM statements x WHERE x.id IN (OLD.statement_id, NEW.statement_id) AND x.person_id IS NULL
    UNION ALL SELECT x.statement_id, 'evidence', x.proposition_id || ':' || CASE x.status WHEN 'stated' THEN 0
        WHEN 'ambiguous' THEN 1 WHEN 'no_position' THEN 2 ELSE 3 END || ':' || CASE so.tier
        WHEN 'verbatim_record' THEN 0 WHEN 'official_text' THEN 1 WHEN 'state_media' THEN 2
        WHEN 'independent_media' THEN 3 ELSE 4 END
      FROM coded_positions x JOIN statements y ON y.id = x.statement_id JOIN sources so ON so.id = y.source_id
      WHERE x.statement_id IN (OLD.statement_id, NEW.statement_id)
    UNION ALL SELECT x.statement_id, 'review', x.proposition_id || ':' || x.review_status FROM coded_positions x
      WHERE x.statement_id IN (OLD.statement_id, NEW.statement_id)
  ) k ON k.statement_id = s.id
  LEFT JOIN persons p ON p.id = s.person_id
  WHERE s.id IN (OLD.statement_id, NEW.statement_id)
  ) WHERE true GROUP BY topic_id, month, end_month, country, kind, value
  ON CONFLICT (topic_id, month, end_month, country, kind, value) DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
DROP TRIGGER compare_counts_persons_update_before;
--> statement-breakpoint
CREATE TRIGGER compare_counts_persons_update_before BEFORE UPDATE OF country ON persons BEGIN
  UPDATE compare_counts SET n = compare_counts.n - c.n FROM (
    SELECT topic_id, month, end_month, country, kind, value, count(*) AS n FROM (
  SELECT a.topic_id, coalesce(p.country, '') AS country, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, k.kind, k.value
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id IN (SELECT id FROM statements WHERE person_id = NEW.id)
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT x.id AS statement_id, 'event' AS kind, coalesce(CAST(x.event_id AS TEXT), '') AS value
      FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE person_id = NEW.id)
    UNION ALL SELECT x.id, 'venue', coalesce(e.kind, '') FROM statements x LEFT JOIN events e ON e.id = x.event_id
      WHERE x.id IN (SELECT id FROM statements WHERE person_id = NEW.id)
    UNION ALL SELECT x.id, 'mode', x.mode FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE person_id = NEW.id)
    UNION ALL SELECT x.id, 'tier', so.tier FROM statements x JOIN sources so ON so.id = x.source_id WHERE x.id IN (SELECT id FROM statements WHERE person_id = NEW.id)
    UNION ALL SELECT x.id, 'role', coalesce(CAST(x.role_id AS TEXT), '') FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE person_id = NEW.id)
    UNION ALL SELECT x.statement_id, 'topic', CAST(x.topic_id AS TEXT) FROM statement_topics x
      WHERE x.statement_id IN (SELECT id FROM statements WHERE person_id = NEW.id)
    UNION ALL SELECT x.id, 'start', x.date_start FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE person_id = NEW.id) AND x.date_start IS NOT NULL
    UNION ALL SELECT x.id, 'end', x.date_end FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE person_id = NEW.id) AND x.date_end IS NOT NULL
    UNION ALL SELECT x.id, 'inferred', '' FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE person_id = NEW.id) AND x.date_basis = 'inferred'
    UNION ALL SELECT x.id, 'note', x.date_note FROM statements x
      WHERE x.id IN (SELECT id FROM statements WHERE person_id = NEW.id) AND x.date_basis = 'inferred' AND x.date_note IS NOT NULL
    UNION ALL SELECT x.id, 'unresolved', x.attribution_text FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE person_id = NEW.id) AND x.person_id IS NULL
    UNION ALL SELECT x.statement_id, 'evidence', x.proposition_id || ':' || CASE x.status WHEN 'stated' THEN 0
        WHEN 'ambiguous' THEN 1 WHEN 'no_position' THEN 2 ELSE 3 END || ':' || CASE so.tier
        WHEN 'verbatim_record' THEN 0 WHEN 'official_text' THEN 1 WHEN 'state_media' THEN 2
        WHEN 'independent_media' THEN 3 ELSE 4 END
      FROM coded_positions x JOIN statements y ON y.id = x.statement_id JOIN sources so ON so.id = y.source_id
      WHERE x.statement_id IN (SELECT id FROM statements WHERE person_id = NEW.id)
    UNION ALL SELECT x.statement_id, 'review', x.proposition_id || ':' || x.review_status FROM coded_positions x
      WHERE x.statement_id IN (SELECT id FROM statements WHERE person_id = NEW.id)
  ) k ON k.statement_id = s.id
  LEFT JOIN persons p ON p.id = s.person_id
  WHERE s.id IN (SELECT id FROM statements WHERE person_id = NEW.id)
    ) GROUP BY topic_id, month, end_month, country, kind, value
  ) AS c WHERE compare_counts.topic_id = c.topic_id AND compare_counts.month = c.month AND compare_counts.end_month = c.end_month AND compare_counts.country = c.country AND compare_counts.kind = c.kind AND compare_counts.value = c.value;
END;
--> statement-breakpoint
DROP TRIGGER compare_counts_persons_update_after;
--> statement-breakpoint
CREATE TRIGGER compare_counts_persons_update_after AFTER UPDATE OF country ON persons BEGIN
  INSERT INTO compare_counts (topic_id, month, end_month, country, kind, value, n)
  SELECT topic_id, month, end_month, country, kind, value, count(*) FROM (
  SELECT a.topic_id, coalesce(p.country, '') AS country, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, k.kind, k.value
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id IN (SELECT id FROM statements WHERE person_id = NEW.id)
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT x.id AS statement_id, 'event' AS kind, coalesce(CAST(x.event_id AS TEXT), '') AS value
      FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE person_id = NEW.id)
    UNION ALL SELECT x.id, 'venue', coalesce(e.kind, '') FROM statements x LEFT JOIN events e ON e.id = x.event_id
      WHERE x.id IN (SELECT id FROM statements WHERE person_id = NEW.id)
    UNION ALL SELECT x.id, 'mode', x.mode FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE person_id = NEW.id)
    UNION ALL SELECT x.id, 'tier', so.tier FROM statements x JOIN sources so ON so.id = x.source_id WHERE x.id IN (SELECT id FROM statements WHERE person_id = NEW.id)
    UNION ALL SELECT x.id, 'role', coalesce(CAST(x.role_id AS TEXT), '') FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE person_id = NEW.id)
    UNION ALL SELECT x.statement_id, 'topic', CAST(x.topic_id AS TEXT) FROM statement_topics x
      WHERE x.statement_id IN (SELECT id FROM statements WHERE person_id = NEW.id)
    UNION ALL SELECT x.id, 'start', x.date_start FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE person_id = NEW.id) AND x.date_start IS NOT NULL
    UNION ALL SELECT x.id, 'end', x.date_end FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE person_id = NEW.id) AND x.date_end IS NOT NULL
    UNION ALL SELECT x.id, 'inferred', '' FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE person_id = NEW.id) AND x.date_basis = 'inferred'
    UNION ALL SELECT x.id, 'note', x.date_note FROM statements x
      WHERE x.id IN (SELECT id FROM statements WHERE person_id = NEW.id) AND x.date_basis = 'inferred' AND x.date_note IS NOT NULL
    UNION ALL SELECT x.id, 'unresolved', x.attribution_text FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE person_id = NEW.id) AND x.person_id IS NULL
    UNION ALL SELECT x.statement_id, 'evidence', x.proposition_id || ':' || CASE x.status WHEN 'stated' THEN 0
        WHEN 'ambiguous' THEN 1 WHEN 'no_position' THEN 2 ELSE 3 END || ':' || CASE so.tier
        WHEN 'verbatim_record' THEN 0 WHEN 'official_text' THEN 1 WHEN 'state_media' THEN 2
        WHEN 'independent_media' THEN 3 ELSE 4 END
      FROM coded_positions x JOIN statements y ON y.id = x.statement_id JOIN sources so ON so.id = y.source_id
      WHERE x.statement_id IN (SELECT id FROM statements WHERE person_id = NEW.id)
    UNION ALL SELECT x.statement_id, 'review', x.proposition_id || ':' || x.review_status FROM coded_positions x
      WHERE x.statement_id IN (SELECT id FROM statements WHERE person_id = NEW.id)
  ) k ON k.statement_id = s.id
  LEFT JOIN persons p ON p.id = s.person_id
  WHERE s.id IN (SELECT id FROM statements WHERE person_id = NEW.id)
  ) WHERE true GROUP BY topic_id, month, end_month, country, kind, value
  ON CONFLICT (topic_id, month, end_month, country, kind, value) DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
DROP TRIGGER compare_counts_sources_update_before;
--> statement-breakpoint
CREATE TRIGGER compare_counts_sources_update_before BEFORE UPDATE OF tier ON sources BEGIN
  UPDATE compare_counts SET n = compare_counts.n - c.n FROM (
    SELECT topic_id, month, end_month, country, kind, value, count(*) AS n FROM (
  SELECT a.topic_id, coalesce(p.country, '') AS country, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, k.kind, k.value
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id IN (SELECT id FROM statements WHERE source_id = NEW.id)
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT x.id AS statement_id, 'event' AS kind, coalesce(CAST(x.event_id AS TEXT), '') AS value
      FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE source_id = NEW.id)
    UNION ALL SELECT x.id, 'venue', coalesce(e.kind, '') FROM statements x LEFT JOIN events e ON e.id = x.event_id
      WHERE x.id IN (SELECT id FROM statements WHERE source_id = NEW.id)
    UNION ALL SELECT x.id, 'mode', x.mode FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE source_id = NEW.id)
    UNION ALL SELECT x.id, 'tier', so.tier FROM statements x JOIN sources so ON so.id = x.source_id WHERE x.id IN (SELECT id FROM statements WHERE source_id = NEW.id)
    UNION ALL SELECT x.id, 'role', coalesce(CAST(x.role_id AS TEXT), '') FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE source_id = NEW.id)
    UNION ALL SELECT x.statement_id, 'topic', CAST(x.topic_id AS TEXT) FROM statement_topics x
      WHERE x.statement_id IN (SELECT id FROM statements WHERE source_id = NEW.id)
    UNION ALL SELECT x.id, 'start', x.date_start FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE source_id = NEW.id) AND x.date_start IS NOT NULL
    UNION ALL SELECT x.id, 'end', x.date_end FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE source_id = NEW.id) AND x.date_end IS NOT NULL
    UNION ALL SELECT x.id, 'inferred', '' FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE source_id = NEW.id) AND x.date_basis = 'inferred'
    UNION ALL SELECT x.id, 'note', x.date_note FROM statements x
      WHERE x.id IN (SELECT id FROM statements WHERE source_id = NEW.id) AND x.date_basis = 'inferred' AND x.date_note IS NOT NULL
    UNION ALL SELECT x.id, 'unresolved', x.attribution_text FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE source_id = NEW.id) AND x.person_id IS NULL
    UNION ALL SELECT x.statement_id, 'evidence', x.proposition_id || ':' || CASE x.status WHEN 'stated' THEN 0
        WHEN 'ambiguous' THEN 1 WHEN 'no_position' THEN 2 ELSE 3 END || ':' || CASE so.tier
        WHEN 'verbatim_record' THEN 0 WHEN 'official_text' THEN 1 WHEN 'state_media' THEN 2
        WHEN 'independent_media' THEN 3 ELSE 4 END
      FROM coded_positions x JOIN statements y ON y.id = x.statement_id JOIN sources so ON so.id = y.source_id
      WHERE x.statement_id IN (SELECT id FROM statements WHERE source_id = NEW.id)
    UNION ALL SELECT x.statement_id, 'review', x.proposition_id || ':' || x.review_status FROM coded_positions x
      WHERE x.statement_id IN (SELECT id FROM statements WHERE source_id = NEW.id)
  ) k ON k.statement_id = s.id
  LEFT JOIN persons p ON p.id = s.person_id
  WHERE s.id IN (SELECT id FROM statements WHERE source_id = NEW.id)
    ) GROUP BY topic_id, month, end_month, country, kind, value
  ) AS c WHERE compare_counts.topic_id = c.topic_id AND compare_counts.month = c.month AND compare_counts.end_month = c.end_month AND compare_counts.country = c.country AND compare_counts.kind = c.kind AND compare_counts.value = c.value;
END;
--> statement-breakpoint
DROP TRIGGER compare_counts_sources_update_after;
--> statement-breakpoint
CREATE TRIGGER compare_counts_sources_update_after AFTER UPDATE OF tier ON sources BEGIN
  INSERT INTO compare_counts (topic_id, month, end_month, country, kind, value, n)
  SELECT topic_id, month, end_month, country, kind, value, count(*) FROM (
  SELECT a.topic_id, coalesce(p.country, '') AS country, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, k.kind, k.value
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id IN (SELECT id FROM statements WHERE source_id = NEW.id)
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT x.id AS statement_id, 'event' AS kind, coalesce(CAST(x.event_id AS TEXT), '') AS value
      FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE source_id = NEW.id)
    UNION ALL SELECT x.id, 'venue', coalesce(e.kind, '') FROM statements x LEFT JOIN events e ON e.id = x.event_id
      WHERE x.id IN (SELECT id FROM statements WHERE source_id = NEW.id)
    UNION ALL SELECT x.id, 'mode', x.mode FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE source_id = NEW.id)
    UNION ALL SELECT x.id, 'tier', so.tier FROM statements x JOIN sources so ON so.id = x.source_id WHERE x.id IN (SELECT id FROM statements WHERE source_id = NEW.id)
    UNION ALL SELECT x.id, 'role', coalesce(CAST(x.role_id AS TEXT), '') FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE source_id = NEW.id)
    UNION ALL SELECT x.statement_id, 'topic', CAST(x.topic_id AS TEXT) FROM statement_topics x
      WHERE x.statement_id IN (SELECT id FROM statements WHERE source_id = NEW.id)
    UNION ALL SELECT x.id, 'start', x.date_start FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE source_id = NEW.id) AND x.date_start IS NOT NULL
    UNION ALL SELECT x.id, 'end', x.date_end FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE source_id = NEW.id) AND x.date_end IS NOT NULL
    UNION ALL SELECT x.id, 'inferred', '' FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE source_id = NEW.id) AND x.date_basis = 'inferred'
    UNION ALL SELECT x.id, 'note', x.date_note FROM statements x
      WHERE x.id IN (SELECT id FROM statements WHERE source_id = NEW.id) AND x.date_basis = 'inferred' AND x.date_note IS NOT NULL
    UNION ALL SELECT x.id, 'unresolved', x.attribution_text FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE source_id = NEW.id) AND x.person_id IS NULL
    UNION ALL SELECT x.statement_id, 'evidence', x.proposition_id || ':' || CASE x.status WHEN 'stated' THEN 0
        WHEN 'ambiguous' THEN 1 WHEN 'no_position' THEN 2 ELSE 3 END || ':' || CASE so.tier
        WHEN 'verbatim_record' THEN 0 WHEN 'official_text' THEN 1 WHEN 'state_media' THEN 2
        WHEN 'independent_media' THEN 3 ELSE 4 END
      FROM coded_positions x JOIN statements y ON y.id = x.statement_id JOIN sources so ON so.id = y.source_id
      WHERE x.statement_id IN (SELECT id FROM statements WHERE source_id = NEW.id)
    UNION ALL SELECT x.statement_id, 'review', x.proposition_id || ':' || x.review_status FROM coded_positions x
      WHERE x.statement_id IN (SELECT id FROM statements WHERE source_id = NEW.id)
  ) k ON k.statement_id = s.id
  LEFT JOIN persons p ON p.id = s.person_id
  WHERE s.id IN (SELECT id FROM statements WHERE source_id = NEW.id)
  ) WHERE true GROUP BY topic_id, month, end_month, country, kind, value
  ON CONFLICT (topic_id, month, end_month, country, kind, value) DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
DROP TRIGGER compare_counts_events_update_before;
--> statement-breakpoint
CREATE TRIGGER compare_counts_events_update_before BEFORE UPDATE OF kind ON events BEGIN
  UPDATE compare_counts SET n = compare_counts.n - c.n FROM (
    SELECT topic_id, month, end_month, country, kind, value, count(*) AS n FROM (
  SELECT a.topic_id, coalesce(p.country, '') AS country, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, k.kind, k.value
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id IN (SELECT id FROM statements WHERE event_id = NEW.id)
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT x.id AS statement_id, 'event' AS kind, coalesce(CAST(x.event_id AS TEXT), '') AS value
      FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE event_id = NEW.id)
    UNION ALL SELECT x.id, 'venue', coalesce(e.kind, '') FROM statements x LEFT JOIN events e ON e.id = x.event_id
      WHERE x.id IN (SELECT id FROM statements WHERE event_id = NEW.id)
    UNION ALL SELECT x.id, 'mode', x.mode FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE event_id = NEW.id)
    UNION ALL SELECT x.id, 'tier', so.tier FROM statements x JOIN sources so ON so.id = x.source_id WHERE x.id IN (SELECT id FROM statements WHERE event_id = NEW.id)
    UNION ALL SELECT x.id, 'role', coalesce(CAST(x.role_id AS TEXT), '') FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE event_id = NEW.id)
    UNION ALL SELECT x.statement_id, 'topic', CAST(x.topic_id AS TEXT) FROM statement_topics x
      WHERE x.statement_id IN (SELECT id FROM statements WHERE event_id = NEW.id)
    UNION ALL SELECT x.id, 'start', x.date_start FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE event_id = NEW.id) AND x.date_start IS NOT NULL
    UNION ALL SELECT x.id, 'end', x.date_end FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE event_id = NEW.id) AND x.date_end IS NOT NULL
    UNION ALL SELECT x.id, 'inferred', '' FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE event_id = NEW.id) AND x.date_basis = 'inferred'
    UNION ALL SELECT x.id, 'note', x.date_note FROM statements x
      WHERE x.id IN (SELECT id FROM statements WHERE event_id = NEW.id) AND x.date_basis = 'inferred' AND x.date_note IS NOT NULL
    UNION ALL SELECT x.id, 'unresolved', x.attribution_text FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE event_id = NEW.id) AND x.person_id IS NULL
    UNION ALL SELECT x.statement_id, 'evidence', x.proposition_id || ':' || CASE x.status WHEN 'stated' THEN 0
        WHEN 'ambiguous' THEN 1 WHEN 'no_position' THEN 2 ELSE 3 END || ':' || CASE so.tier
        WHEN 'verbatim_record' THEN 0 WHEN 'official_text' THEN 1 WHEN 'state_media' THEN 2
        WHEN 'independent_media' THEN 3 ELSE 4 END
      FROM coded_positions x JOIN statements y ON y.id = x.statement_id JOIN sources so ON so.id = y.source_id
      WHERE x.statement_id IN (SELECT id FROM statements WHERE event_id = NEW.id)
    UNION ALL SELECT x.statement_id, 'review', x.proposition_id || ':' || x.review_status FROM coded_positions x
      WHERE x.statement_id IN (SELECT id FROM statements WHERE event_id = NEW.id)
  ) k ON k.statement_id = s.id
  LEFT JOIN persons p ON p.id = s.person_id
  WHERE s.id IN (SELECT id FROM statements WHERE event_id = NEW.id)
    ) GROUP BY topic_id, month, end_month, country, kind, value
  ) AS c WHERE compare_counts.topic_id = c.topic_id AND compare_counts.month = c.month AND compare_counts.end_month = c.end_month AND compare_counts.country = c.country AND compare_counts.kind = c.kind AND compare_counts.value = c.value;
END;
--> statement-breakpoint
DROP TRIGGER compare_counts_events_update_after;
--> statement-breakpoint
CREATE TRIGGER compare_counts_events_update_after AFTER UPDATE OF kind ON events BEGIN
  INSERT INTO compare_counts (topic_id, month, end_month, country, kind, value, n)
  SELECT topic_id, month, end_month, country, kind, value, count(*) FROM (
  SELECT a.topic_id, coalesce(p.country, '') AS country, coalesce(substr(s.date_start, 1, 7), '') AS month,
    coalesce(substr(s.date_end, 1, 7), '') AS end_month, k.kind, k.value
  FROM statements s
  JOIN (
    SELECT DISTINCT st.statement_id, a.id AS topic_id
    FROM statement_topics st JOIN topics t ON t.id = st.topic_id
    JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
    WHERE st.statement_id IN (SELECT id FROM statements WHERE event_id = NEW.id)
  ) a ON a.statement_id = s.id
  JOIN (
    SELECT x.id AS statement_id, 'event' AS kind, coalesce(CAST(x.event_id AS TEXT), '') AS value
      FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE event_id = NEW.id)
    UNION ALL SELECT x.id, 'venue', coalesce(e.kind, '') FROM statements x LEFT JOIN events e ON e.id = x.event_id
      WHERE x.id IN (SELECT id FROM statements WHERE event_id = NEW.id)
    UNION ALL SELECT x.id, 'mode', x.mode FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE event_id = NEW.id)
    UNION ALL SELECT x.id, 'tier', so.tier FROM statements x JOIN sources so ON so.id = x.source_id WHERE x.id IN (SELECT id FROM statements WHERE event_id = NEW.id)
    UNION ALL SELECT x.id, 'role', coalesce(CAST(x.role_id AS TEXT), '') FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE event_id = NEW.id)
    UNION ALL SELECT x.statement_id, 'topic', CAST(x.topic_id AS TEXT) FROM statement_topics x
      WHERE x.statement_id IN (SELECT id FROM statements WHERE event_id = NEW.id)
    UNION ALL SELECT x.id, 'start', x.date_start FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE event_id = NEW.id) AND x.date_start IS NOT NULL
    UNION ALL SELECT x.id, 'end', x.date_end FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE event_id = NEW.id) AND x.date_end IS NOT NULL
    UNION ALL SELECT x.id, 'inferred', '' FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE event_id = NEW.id) AND x.date_basis = 'inferred'
    UNION ALL SELECT x.id, 'note', x.date_note FROM statements x
      WHERE x.id IN (SELECT id FROM statements WHERE event_id = NEW.id) AND x.date_basis = 'inferred' AND x.date_note IS NOT NULL
    UNION ALL SELECT x.id, 'unresolved', x.attribution_text FROM statements x WHERE x.id IN (SELECT id FROM statements WHERE event_id = NEW.id) AND x.person_id IS NULL
    UNION ALL SELECT x.statement_id, 'evidence', x.proposition_id || ':' || CASE x.status WHEN 'stated' THEN 0
        WHEN 'ambiguous' THEN 1 WHEN 'no_position' THEN 2 ELSE 3 END || ':' || CASE so.tier
        WHEN 'verbatim_record' THEN 0 WHEN 'official_text' THEN 1 WHEN 'state_media' THEN 2
        WHEN 'independent_media' THEN 3 ELSE 4 END
      FROM coded_positions x JOIN statements y ON y.id = x.statement_id JOIN sources so ON so.id = y.source_id
      WHERE x.statement_id IN (SELECT id FROM statements WHERE event_id = NEW.id)
    UNION ALL SELECT x.statement_id, 'review', x.proposition_id || ':' || x.review_status FROM coded_positions x
      WHERE x.statement_id IN (SELECT id FROM statements WHERE event_id = NEW.id)
  ) k ON k.statement_id = s.id
  LEFT JOIN persons p ON p.id = s.person_id
  WHERE s.id IN (SELECT id FROM statements WHERE event_id = NEW.id)
  ) WHERE true GROUP BY topic_id, month, end_month, country, kind, value
  ON CONFLICT (topic_id, month, end_month, country, kind, value) DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
DROP TRIGGER compare_counts_topic_path;
--> statement-breakpoint
CREATE TRIGGER compare_counts_topic_path AFTER UPDATE OF path ON topics BEGIN
  DELETE FROM compare_counts;
  INSERT INTO compare_counts (topic_id, month, end_month, country, kind, value, n)
  SELECT topic_id, month, end_month, country, kind, value, count(*) FROM compare_counts_source GROUP BY topic_id, month, end_month, country, kind, value;
END;
--> statement-breakpoint
INSERT INTO compare_counts (topic_id, month, end_month, country, kind, value, n)
SELECT topic_id, month, end_month, country, kind, value, count(*) FROM compare_counts_source WHERE kind = 'review'
GROUP BY topic_id, month, end_month, country, kind, value;
