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
CREATE INDEX `answer_files_sha256_idx` ON `answer_files` (`sha256`);