CREATE TABLE `peer_review_dimensions` (
	`review_id` integer NOT NULL,
	`dimension_id` text NOT NULL,
	`self_stage` integer NOT NULL,
	`validated_stage` integer NOT NULL,
	`findings` text,
	`reason` text,
	PRIMARY KEY(`review_id`, `dimension_id`),
	FOREIGN KEY (`review_id`) REFERENCES `peer_reviews`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `peer_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`assignment_id` integer NOT NULL,
	`assessment_id` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`overall_feedback` text,
	`published_at` text,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`assignment_id`) REFERENCES `review_assignments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `peer_reviews_assignment_id_unique` ON `peer_reviews` (`assignment_id`);