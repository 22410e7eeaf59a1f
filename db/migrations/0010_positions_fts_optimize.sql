-- Merges the full-text index into one segment. The positions table checks a large search's matches one record at
-- a time while walking the sort index (db/queries/positions.ts), and each such probe seeks every segment: a bulk
-- rebuild leaves several (8 at 100,000 records), which made a probe cost about 1 ms instead of about 20 us.
-- Bulk loads end the same way (rebuildDerivedTables); ordinary writes add small segments that FTS5 merges itself.
INSERT INTO positions_fts (positions_fts) VALUES ('optimize');
