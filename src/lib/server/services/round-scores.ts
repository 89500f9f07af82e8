import type { AnswerValue } from '../../domain/answers';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { scoreAnswers, type ScoreResult } from '../../domain/scoring';
import type { Db } from '../db/client';
import type { AssessmentRound } from '../db/schema';
import { readAnswers, type StoredAnswer } from './answers';
import { frozenScoresSchema } from '../../domain/stored/score-schemas';
import { readJsonColumn } from '../db/json-column';

/** What publishing stores in frozen_scores: the scores with the questionnaire version they were computed on. */
export interface FrozenScores {
	questionnaireId: string;
	version: string;
	scores: ScoreResult;
}

/** The given answers only: rows that hold just a justification or evidence have no value to score. */
export function answerValues(stored: ReadonlyMap<string, StoredAnswer>): Map<string, AnswerValue> {
	const values = new Map<string, AnswerValue>();
	for (const [code, a] of stored) if (a.value) values.set(code, a.value);
	return values;
}

export function scoreOf(
	questionnaire: Questionnaire,
	stored: ReadonlyMap<string, StoredAnswer>
): ScoreResult {
	return scoreAnswers(questionnaire, answerValues(stored));
}

/** A published round's frozen scores, never recomputed; otherwise the provisional scores of its answers. */
export function roundScores(
	db: Pick<Db, 'select'>,
	questionnaire: Questionnaire,
	round: AssessmentRound
): ScoreResult {
	return round.frozenScores
		? readJsonColumn(frozenScoresSchema, round.frozenScores, 'frozen_scores').scores
		: scoreOf(questionnaire, readAnswers(db, round.id));
}
