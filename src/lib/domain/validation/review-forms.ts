import { z } from 'zod';

const priority = z.enum(['high', 'medium', 'low'], { error: 'error.invalid' });

export const flagSchema = z.object({
	questionCode: z.string().min(1).max(64),
	flag: z.enum(['ok', 'needs_evidence', 'inconsistent'], { error: 'error.flag_required' }),
	comment: z.string().trim().max(4000, { error: 'error.too_long' }).default('')
});

const recText = z.string().trim().max(4000, { error: 'error.too_long' }).optional();

/** One text field per language (text_fi, text_sv, text_en); the card only sends its languages. */
export const recommendationEditSchema = z.object({
	id: z.string().min(1).max(64),
	text_en: recText,
	text_fi: recText,
	text_sv: recText,
	priority: priority.optional(),
	status: z.enum(['proposed', 'accepted', 'rejected'], { error: 'error.invalid' }).optional(),
	rejectReason: z.string().trim().max(1000, { error: 'error.too_long' }).optional()
});

/** The submitted language fields as the service takes them; languages not in the form are left out. */
export function editedTexts(data: { text_en?: string; text_fi?: string; text_sv?: string }) {
	const all = { en: data.text_en, fi: data.text_fi, sv: data.text_sv };
	return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined)) as Partial<
		Record<'en' | 'fi' | 'sv', string>
	>;
}

export const recommendationAddSchema = z.object({
	areaCode: z.string().min(1).max(64),
	text: z
		.string({ error: 'error.required' })
		.trim()
		.min(1, { error: 'error.required' })
		.max(4000, { error: 'error.too_long' }),
	priority
});

export const narrativeSchema = z.object({
	areaCode: z.string().min(1).max(64),
	strengths: z.string().trim().max(8000, { error: 'error.too_long' }).default(''),
	weaknesses: z.string().trim().max(8000, { error: 'error.too_long' }).default('')
});

export const visibilitySchema = z.object({
	visibility: z.enum(['named', 'anonymous'], { error: 'error.invalid' })
});

export const openReviewSchema = z.object({ roundId: z.string().min(1).max(64) });
