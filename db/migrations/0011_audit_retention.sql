CREATE TABLE `audit_purge_permits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`cutoff` text NOT NULL
);
--> statement-breakpoint
-- The audit log stays append-only, with one controlled exception: entries older than the cutoff of
-- an audit_purge_permits row (the retention job's, lib/ops/audit-retention.mjs) may be deleted.
DROP TRIGGER `audit_log_no_delete`;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
WHEN NOT EXISTS (SELECT 1 FROM `audit_purge_permits` p WHERE OLD.`at` < p.`cutoff`)
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
