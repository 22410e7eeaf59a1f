-- A record's edit history is evidence of who changed what: the database itself refuses to rewrite or erase it.
CREATE TRIGGER statement_revisions_no_update
BEFORE UPDATE ON statement_revisions
BEGIN
  SELECT RAISE(ABORT, 'statement_revisions is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER statement_revisions_no_delete
BEFORE DELETE ON statement_revisions
BEGIN
  SELECT RAISE(ABORT, 'statement_revisions is append-only');
END;
