import { z } from 'zod';
import { DIMENSIONS } from '../questionnaire/vocabulary';
import type { ScoreResult } from '../scoring';

const score = z.number().nullable();
const dimensions = z.object({ attitudes: score, safety: score, interaction: score, participation: score });

const questionPoints = z.object({
	code: z.string(),
	status: z.enum(['answered', 'dont_know', 'not_applicable', 'unanswered']),
	earned: z.number(),
	max: z.number()
});

const areaResult = z.object({
	code: z.string(),
	score,
	earned: z.number(),
	max: z.number(),
	answered: z.number(),
	scoredQuestions: z.number(),
	questions: z.array(questionPoints),
	subAreas: z.array(z.string()).optional()
});

/** Scores as publishing stores them (frozen_scores): checked when read, so a bad row fails loudly. */
export const scoreResultSchema = z.object({
	areas: z.record(z.string(), areaResult),
	overall: score,
	dimensions,
	completeness: z.object({
		answered: z.number(),
		total: z.number(),
		percent: z.number(),
		complete: z.boolean()
	})
}) satisfies z.ZodType<ScoreResult>;

export const frozenScoresSchema = z.object({
	questionnaireId: z.string(),
	version: z.string(),
	scores: scoreResultSchema
});

/** A published round's scores as the peer sample keeps them: only what comparison needs. */
export const scoreSummarySchema = z.object({
	overall: score,
	areas: z.record(z.string(), score),
	dimensions
});

export const areaScoresSchema = z.record(z.string(), score);
export const stringListSchema = z.array(z.string());
export const dimensionListSchema = z.array(z.enum(DIMENSIONS));
