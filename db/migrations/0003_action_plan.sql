CREATE TABLE `action_reviews` (
	`action_id` integer NOT NULL,
	`assessment_id` integer NOT NULL,
	`status` text NOT NULL,
	`what_changed` text,
	`reviewed_by_user_id` integer,
	`reviewed_at` text NOT NULL,
	PRIMARY KEY(`action_id`, `assessment_id`),
	FOREIGN KEY (`action_id`) REFERENCES `actions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reviewed_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partnership_id` integer NOT NULL,
	`cycle_id` integer NOT NULL,
	`dimension_id` text NOT NULL,
	`recommendation_id` text,
	`title` text NOT NULL,
	`owner_organisation` text,
	`owner_person` text,
	`due_on` text,
	`status` text DEFAULT 'not_started' NOT NULL,
	`progress_note` text,
	`row_version` integer DEFAULT 1 NOT NULL,
	`created_by_user_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`cycle_id`) REFERENCES `cycles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `actions_partnership_idx` ON `actions` (`partnership_id`,`cycle_id`);--> statement-breakpoint
CREATE TABLE `dimension_targets` (
	`partnership_id` integer NOT NULL,
	`cycle_id` integer NOT NULL,
	`dimension_id` text NOT NULL,
	`target_stage` integer NOT NULL,
	`set_by_user_id` integer,
	`set_at` text NOT NULL,
	PRIMARY KEY(`partnership_id`, `cycle_id`, `dimension_id`),
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`cycle_id`) REFERENCES `cycles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`set_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
