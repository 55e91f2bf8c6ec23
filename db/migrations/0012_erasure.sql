CREATE TABLE `audit_erasure_permits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`old_email` text NOT NULL,
	`new_email` text NOT NULL,
	`old_name_json` text NOT NULL,
	`new_name_json` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `users` ADD `erased_at` text;--> statement-breakpoint
-- Still append-only, with two exceptions (and nothing else may change):
-- 1. a refusal's repeat count may grow (and its last time be set), as in 0010;
-- 2. erasing a person (lib/data/erasure.ts): while an audit_erasure_permits row exists for a user
--    whose own row is marked erased and already carries the row's pseudonymous email, an entry's
--    actor email may go from the old email to the pseudonym's, and its detail may become exactly
--    the old detail with the old email (anywhere) and the old name (as a whole JSON value) replaced
--    by the pseudonym's. Every other column stays as it was.
-- coalesce: a NULL anywhere in the condition counts as refused, never as allowed.
DROP TRIGGER `audit_log_no_update`;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
WHEN coalesce(NOT (
  (
    OLD.`outcome` <> 'success'
    AND NEW.`id` IS OLD.`id`
    AND NEW.`at` IS OLD.`at`
    AND NEW.`actor_user_id` IS OLD.`actor_user_id`
    AND NEW.`actor_email` IS OLD.`actor_email`
    AND NEW.`action` IS OLD.`action`
    AND NEW.`target_type` IS OLD.`target_type`
    AND NEW.`target_id` IS OLD.`target_id`
    AND NEW.`outcome` IS OLD.`outcome`
    AND NEW.`detail` IS OLD.`detail`
    AND NEW.`ip` IS OLD.`ip`
    AND NEW.`repeat_count` > OLD.`repeat_count`
    AND NEW.`last_at` IS NOT NULL
  )
  OR (
    NEW.`id` IS OLD.`id`
    AND NEW.`at` IS OLD.`at`
    AND NEW.`actor_user_id` IS OLD.`actor_user_id`
    AND NEW.`action` IS OLD.`action`
    AND NEW.`target_type` IS OLD.`target_type`
    AND NEW.`target_id` IS OLD.`target_id`
    AND NEW.`outcome` IS OLD.`outcome`
    AND NEW.`ip` IS OLD.`ip`
    AND NEW.`repeat_count` IS OLD.`repeat_count`
    AND NEW.`last_at` IS OLD.`last_at`
    AND (NEW.`actor_email` IS NOT OLD.`actor_email` OR NEW.`detail` IS NOT OLD.`detail`)
    AND EXISTS (
      SELECT 1 FROM `audit_erasure_permits` p
      JOIN `users` u ON u.`id` = p.`user_id` AND u.`erased_at` IS NOT NULL AND u.`email` = p.`new_email`
      WHERE (
          NEW.`actor_email` IS OLD.`actor_email`
          OR (OLD.`actor_email` = p.`old_email` AND NEW.`actor_email` = p.`new_email`)
        )
        AND (
          NEW.`detail` IS OLD.`detail`
          OR NEW.`detail` = replace(
            replace(OLD.`detail`, p.`old_email`, p.`new_email`),
            p.`old_name_json`,
            p.`new_name_json`
          )
        )
    )
  )
), 1)
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
