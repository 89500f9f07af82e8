import { z } from 'zod';
import { evidenceLinkSchema } from '../answer-validation';
import { answerValueSchema } from '../answers';

export const evidenceListSchema = z.array(evidenceLinkSchema);

/** An answer as the audit log keeps it, before and after each save. */
export const answerSnapshotSchema = z.object({
	value: answerValueSchema.nullable(),
	justification: z.string(),
	evidence: evidenceListSchema
});
export type AnswerSnapshot = z.infer<typeof answerSnapshotSchema>;
