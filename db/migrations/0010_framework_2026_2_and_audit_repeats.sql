CREATE TABLE `answer_archive` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`response_id` integer NOT NULL,
	`framework_version` text NOT NULL,
	`question_id` text NOT NULL,
	`value` text NOT NULL,
	`archived_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`response_id`) REFERENCES `responses`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `answer_archive_response_idx` ON `answer_archive` (`response_id`);--> statement-breakpoint
ALTER TABLE `assessments` ADD `rescored_snapshot` text;--> statement-breakpoint
ALTER TABLE `assessments` ADD `rescored_version` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `repeat_count` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `last_at` text;--> statement-breakpoint
-- Still append-only, with one exception: a refusal's repeat count may grow (and its last time be
-- set), so that repeated refused requests collapse into one entry per actor, action, target and
-- minute (lib/audit/write.ts). Any other change, and any change to a success, is refused.
DROP TRIGGER `audit_log_no_update`;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
WHEN OLD.`outcome` = 'success'
  OR NEW.`id` IS NOT OLD.`id`
  OR NEW.`at` IS NOT OLD.`at`
  OR NEW.`actor_user_id` IS NOT OLD.`actor_user_id`
  OR NEW.`actor_email` IS NOT OLD.`actor_email`
  OR NEW.`action` IS NOT OLD.`action`
  OR NEW.`target_type` IS NOT OLD.`target_type`
  OR NEW.`target_id` IS NOT OLD.`target_id`
  OR NEW.`outcome` IS NOT OLD.`outcome`
  OR NEW.`detail` IS NOT OLD.`detail`
  OR NEW.`ip` IS NOT OLD.`ip`
  OR NEW.`repeat_count` <= OLD.`repeat_count`
  OR NEW.`last_at` IS NULL
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
