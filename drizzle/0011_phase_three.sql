CREATE TABLE `answer_files` (
	`id` text PRIMARY KEY NOT NULL,
	`round_id` text NOT NULL,
	`question_code` text NOT NULL,
	`sha256` text NOT NULL,
	`name` text NOT NULL,
	`content_type` text NOT NULL,
	`size` integer NOT NULL,
	`uploaded_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `assessment_rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `answer_files_question_idx` ON `answer_files` (`round_id`,`question_code`);--> statement-breakpoint
CREATE INDEX `answer_files_sha256_idx` ON `answer_files` (`sha256`);--> statement-breakpoint
CREATE TABLE `strategy_drafts` (
	`strategy_id` text PRIMARY KEY NOT NULL,
	`base_version` integer NOT NULL,
	`revision` integer DEFAULT 0 NOT NULL,
	`outline` text NOT NULL,
	`save_id` text,
	`updated_by` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`strategy_id`) REFERENCES `strategies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `strategy_measure_status` (
	`strategy_id` text NOT NULL,
	`measure_id` text NOT NULL,
	`status` text DEFAULT 'not_started' NOT NULL,
	`updated_by` text,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`strategy_id`, `measure_id`),
	FOREIGN KEY (`strategy_id`) REFERENCES `strategies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `strategy_progress_notes` (
	`id` text PRIMARY KEY NOT NULL,
	`strategy_id` text NOT NULL,
	`measure_id` text NOT NULL,
	`body` text NOT NULL,
	`user_id` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`strategy_id`) REFERENCES `strategies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `strategy_progress_notes_idx` ON `strategy_progress_notes` (`strategy_id`,`measure_id`);--> statement-breakpoint
ALTER TABLE `assessment_rounds` ADD `return_note` text;--> statement-breakpoint
ALTER TABLE `municipalities` ADD `languages` text DEFAULT '["fi"]' NOT NULL;--> statement-breakpoint
ALTER TABLE `recommendations` ADD `level` text;--> statement-breakpoint
ALTER TABLE `recommendations` ADD `group_code` text;--> statement-breakpoint
ALTER TABLE `recommendations` ADD `question_codes` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `recommendations` ADD `texts` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `reference_results` ADD `diversity_measure` text;--> statement-breakpoint
UPDATE `recommendations` SET `question_codes` = json_array(`question_code`) WHERE `question_code` IS NOT NULL;