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
CREATE INDEX `strategy_progress_notes_idx` ON `strategy_progress_notes` (`strategy_id`,`measure_id`);