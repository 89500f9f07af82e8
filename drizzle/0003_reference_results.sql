CREATE TABLE `reference_results` (
	`id` text PRIMARY KEY NOT NULL,
	`import_id` text NOT NULL,
	`questionnaire_id` text NOT NULL,
	`municipality` text NOT NULL,
	`country` text NOT NULL,
	`year` integer NOT NULL,
	`population` integer NOT NULL,
	`diversity_share` real NOT NULL,
	`overall` real NOT NULL,
	`area_scores` text DEFAULT '{}' NOT NULL,
	`source` text NOT NULL,
	`synthetic` integer NOT NULL,
	`imported_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`imported_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `reference_questionnaire_idx` ON `reference_results` (`questionnaire_id`);