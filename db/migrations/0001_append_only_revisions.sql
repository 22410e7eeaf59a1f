-- Annotation history is evidence of who wrote what: the database itself refuses to rewrite or erase it.
CREATE TRIGGER annotation_revisions_no_update
BEFORE UPDATE ON annotation_revisions
BEGIN
  SELECT RAISE(ABORT, 'annotation_revisions is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER annotation_revisions_no_delete
BEFORE DELETE ON annotation_revisions
BEGIN
  SELECT RAISE(ABORT, 'annotation_revisions is append-only');
END;
