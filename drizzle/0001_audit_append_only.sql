-- The audit trail is append-only (SPEC §4: "No version is ever overwritten or deleted; every change
-- is in the audit trail"; level-3 security: an audit log nobody can rewrite). The application only
-- inserts; this makes the database itself refuse UPDATE and DELETE on audit_log, whoever asks.
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only
  BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
