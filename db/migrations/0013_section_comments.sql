CREATE TABLE `section_comments` (
	`response_id` integer NOT NULL,
	`section_id` text NOT NULL,
	`body` text NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`carried_over_from_cycle_id` integer,
	`confirmed_at` text,
	`updated_by_user_id` integer,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`response_id`, `section_id`),
	FOREIGN KEY (`response_id`) REFERENCES `responses`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`carried_over_from_cycle_id`) REFERENCES `cycles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
