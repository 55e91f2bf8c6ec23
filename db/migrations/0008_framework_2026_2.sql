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
ALTER TABLE `assessments` ADD `rescored_version` text;