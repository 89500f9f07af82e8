import { z } from 'zod';

const optionCode = z.string().min(1).max(64);

/** What a working group can answer to one question; "don't know" and "not applicable" are answers too. */
export const answerValueSchema = z.discriminatedUnion('kind', [
	z.strictObject({ kind: z.literal('option'), option: optionCode }),
	z.strictObject({ kind: z.literal('options'), options: z.array(optionCode).max(50) }),
	z.strictObject({ kind: z.literal('number'), value: z.number().finite() }),
	z.strictObject({ kind: z.literal('text'), value: z.string().max(10_000) }),
	z.strictObject({ kind: z.literal('dont_know') }),
	z.strictObject({ kind: z.literal('not_applicable') })
]);

export type AnswerValue = z.infer<typeof answerValueSchema>;

/** Answers of one round keyed by question code. */
export type AnswerMap = ReadonlyMap<string, AnswerValue>;

export function answerMap(entries: Record<string, AnswerValue>): AnswerMap {
	return new Map(Object.entries(entries));
}
