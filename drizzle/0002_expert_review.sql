CREATE TABLE `answer_reviews` (
	`round_id` text NOT NULL,
	`question_code` text NOT NULL,
	`flag` text NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`reviewer_id` text,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`round_id`, `question_code`),
	FOREIGN KEY (`round_id`) REFERENCES `assessment_rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reviewer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `area_narratives` (
	`round_id` text NOT NULL,
	`area_code` text NOT NULL,
	`strengths` text DEFAULT '' NOT NULL,
	`weaknesses` text DEFAULT '' NOT NULL,
	`updated_by` text,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`round_id`, `area_code`),
	FOREIGN KEY (`round_id`) REFERENCES `assessment_rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `recommendations` (
	`id` text PRIMARY KEY NOT NULL,
	`round_id` text NOT NULL,
	`area_code` text NOT NULL,
	`question_code` text,
	`dimensions` text DEFAULT '[]' NOT NULL,
	`text` text,
	`priority` text NOT NULL,
	`priority_score` real DEFAULT 0 NOT NULL,
	`status` text DEFAULT 'proposed' NOT NULL,
	`reject_reason` text,
	`created_by` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `assessment_rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `recommendations_round_idx` ON `recommendations` (`round_id`);--> statement-breakpoint
ALTER TABLE `assessment_rounds` ADD `visibility` text DEFAULT 'anonymous' NOT NULL;--> statement-breakpoint
ALTER TABLE `assessment_rounds` ADD `published_at` integer;--> statement-breakpoint
ALTER TABLE `assessment_rounds` ADD `published_by` text REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `assessment_rounds` ADD `frozen_scores` text;--> statement-breakpoint
ALTER TABLE `assessment_rounds` ADD `revision` integer DEFAULT 0 NOT NULL;