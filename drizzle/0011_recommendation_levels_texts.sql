ALTER TABLE `municipalities` ADD `languages` text DEFAULT '["fi"]' NOT NULL;--> statement-breakpoint
ALTER TABLE `recommendations` ADD `level` text;--> statement-breakpoint
ALTER TABLE `recommendations` ADD `group_code` text;--> statement-breakpoint
ALTER TABLE `recommendations` ADD `question_codes` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `recommendations` ADD `texts` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
UPDATE `recommendations` SET `question_codes` = json_array(`question_code`) WHERE `question_code` IS NOT NULL;