import { z } from 'zod';
import { localizedText } from '../questionnaire/schema';

const perDimension = z.strictObject({
	attitudes: localizedText,
	safety: localizedText,
	interaction: localizedText,
	participation: localizedText
});

/** The texts a strategy draft starts from, in every language; written in the questionnaire folder. */
export const strategyTemplatesSchema = z.strictObject({
	title: localizedText,
	vision: localizedText,
	principles: perDimension,
	situation: localizedText,
	objectives: perDimension,
	indicator_target_rule: z.strictObject({
		/** Target = baseline + this many points, capped at 100. */
		improvement: z.number().min(0).max(100),
		/** Years from the round to the re-measurement. */
		years_to_remeasure: z.number().int().min(1).max(10)
	}),
	governance: localizedText,
	links: z.strictObject({ text: localizedText, items: z.array(localizedText).min(1) }),
	follow_up: localizedText,
	default_owner: localizedText,
	measure_duration_months: z.number().int().min(1).max(120)
});

export type StrategyTemplates = z.infer<typeof strategyTemplatesSchema>;
