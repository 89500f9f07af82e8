import type { Language, Questionnaire } from '../../domain/questionnaire/schema';
import { draftableRecommendations } from '../../domain/strategy/consolidate';
import { dimensionListSchema } from '../../domain/stored/score-schemas';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { readJsonColumn } from '../db/json-column';
import { listRecommendations } from './recommendations';
import { roundFor } from './round-access';

export interface DraftCandidateArea {
	code: string;
	name: string;
	recommendations: Array<{ id: string; text: string; key: boolean }>;
}

/**
 * The drafting step: the accepted recommendations that can become measures, by area in the framework's
 * order, key ones first within each area. A recommendation to draft the plan itself is not offered.
 */
export function draftCandidates(
	db: Db,
	qs: ReadonlyMap<string, Questionnaire>,
	user: SessionUser,
	roundId: string,
	locale: Language
): DraftCandidateArea[] {
	const { questionnaire } = roundFor(db, qs, user, roundId, 'manage_working_group');
	const rows = listRecommendations(db, roundId);
	const draftable = new Set(
		draftableRecommendations(
			questionnaire,
			rows.map((r) => ({
				id: r.id,
				areaCode: r.areaCode,
				questionCode: r.questionCode,
				dimensions: readJsonColumn(dimensionListSchema, r.dimensions, 'dimensions'),
				status: r.status,
				key: r.isKey
			}))
		).map((r) => r.id)
	);
	const questions = new Map(questionnaire.areas.flatMap((a) => a.questions.map((q) => [q.code, q] as const)));
	return questionnaire.areas
		.map((area) => ({
			code: area.code,
			name: area.name[locale],
			recommendations: rows
				.filter((r) => r.areaCode === area.code && draftable.has(r.id))
				.sort((a, b) => Number(b.isKey) - Number(a.isKey))
				.map((r) => {
					const q = r.questionCode ? questions.get(r.questionCode) : undefined;
					const template = q && 'recommendation' in q ? q.recommendation[locale] : '';
					return { id: r.id, text: r.text ?? template, key: r.isKey };
				})
		}))
		.filter((a) => a.recommendations.length > 0);
}
