import { z } from 'zod';
import type { MessageKey } from '../i18n/translate';
import { answerValueSchema, type AnswerValue } from './answers';
import { MAX_EVIDENCE_URL, normaliseEvidenceUrl } from './evidence/evidence-url';
import type { Question } from './questionnaire/schema';

/**
 * One evidence link. The address is normalised as the editor normalises it (`www.…` becomes https://…);
 * it may be empty when a title was typed first: that row is kept as a draft rather than dropped.
 */
export const evidenceLinkSchema = z.strictObject({
	url: z
		.string()
		.max(MAX_EVIDENCE_URL + 100, { error: 'error.too_long' })
		.transform((typed, ctx) => {
			const result = normaliseEvidenceUrl(typed);
			if (result.ok) return result.url;
			ctx.addIssue({ code: 'custom', message: result.error });
			return z.NEVER;
		}),
	title: z.string().trim().max(200, { error: 'error.too_long' }).default('')
});
export type EvidenceLink = z.infer<typeof evidenceLinkSchema>;

/** Rows with neither an address nor a title carry nothing and are not stored. */
const evidenceListInput = z
	.array(evidenceLinkSchema)
	.max(20, { error: 'error.evidence_too_many' })
	.transform((rows) => rows.filter((r) => r.url !== '' || r.title !== ''));

/**
 * What one autosave sends: the whole answer of one question, the version it was edited from, and a
 * random id of this save that its retries send again, so that the server answers a retry of a save it
 * has already committed with that save's result rather than a conflict. Optional for older pages.
 */
export const answerSaveSchema = z.strictObject({
	value: answerValueSchema.nullable(),
	justification: z.string().max(5000, { error: 'error.too_long' }).default(''),
	evidence: evidenceListInput.default([]),
	baseVersion: z.number().int().min(0),
	saveId: z
		.string()
		.regex(/^[A-Za-z0-9_-]{16,64}$/, { error: 'error.invalid' })
		.optional()
});
export type AnswerSave = z.infer<typeof answerSaveSchema>;

const YES_PARTLY_NO = ['yes', 'partly', 'no'];

/** Whether the value is an answer this question accepts; the message key says why not. */
export function checkAnswer(question: Question, value: AnswerValue): MessageKey | null {
	if (value.kind === 'dont_know')
		return question.allow_dont_know ? null : 'error.answer_dont_know_not_allowed';
	if (value.kind === 'not_applicable')
		return question.allow_not_applicable ? null : 'error.answer_na_not_allowed';
	switch (question.type) {
		case 'single_choice':
			if (value.kind !== 'option') return 'error.answer_wrong_type';
			return question.options.some((o) => o.code === value.option) ? null : 'error.answer_unknown_option';
		case 'yes_partly_no':
			if (value.kind !== 'option') return 'error.answer_wrong_type';
			return YES_PARTLY_NO.includes(value.option) ? null : 'error.answer_unknown_option';
		case 'multi_select': {
			if (value.kind !== 'options') return 'error.answer_wrong_type';
			if (value.options.length === 0) return 'error.answer_empty';
			if (new Set(value.options).size !== value.options.length) return 'error.answer_unknown_option';
			const chosen = value.options.map((c) => question.options.find((o) => o.code === c));
			if (chosen.some((o) => !o)) return 'error.answer_unknown_option';
			if (chosen.length > 1 && chosen.some((o) => o!.exclusive)) return 'error.answer_exclusive';
			return null;
		}
		case 'numeric_fact':
			if (value.kind !== 'number') return 'error.answer_wrong_type';
			if (question.min !== undefined && value.value < question.min) return 'error.answer_out_of_range';
			if (question.max !== undefined && value.value > question.max) return 'error.answer_out_of_range';
			return null;
		case 'text':
			return value.kind === 'text' ? null : 'error.answer_wrong_type';
	}
}

export { isMandatory } from './questionnaire/required';
