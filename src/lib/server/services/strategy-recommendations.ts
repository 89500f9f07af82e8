import type { DraftRecommendation } from '../../domain/strategy/consolidate';
import { dimensionListSchema, stringListSchema } from '../../domain/stored/score-schemas';
import type { Db } from '../db/client';
import { readJsonColumn } from '../db/json-column';
import { listRecommendations } from './recommendations';

/** The round's recommendations as drafting sees them; the drafting step and the draft read the same. */
export function draftRecommendations(db: Db, roundId: string): DraftRecommendation[] {
	return listRecommendations(db, roundId).map((r) => ({
		id: r.id,
		areaCode: r.areaCode,
		questionCode: r.questionCode,
		groupCode: r.groupCode,
		questionCodes: readJsonColumn(stringListSchema, r.questionCodes, 'recommendations.question_codes'),
		dimensions: readJsonColumn(dimensionListSchema, r.dimensions, 'recommendations.dimensions'),
		status: r.status,
		key: r.isKey,
		level: r.level
	}));
}
