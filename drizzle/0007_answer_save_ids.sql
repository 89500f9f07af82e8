CREATE TABLE `answer_saves` (
	`round_id` text NOT NULL,
	`question_code` text NOT NULL,
	`save_id` text NOT NULL,
	`user_id` text NOT NULL,
	`version` integer NOT NULL,
	`audit_id` integer NOT NULL,
	`saved_at` integer NOT NULL,
	PRIMARY KEY(`round_id`, `question_code`, `save_id`),
	FOREIGN KEY (`round_id`) REFERENCES `assessment_rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
