import { eq } from 'drizzle-orm';
import type { Language, Questionnaire } from '../../domain/questionnaire/schema';
import { draftableRecommendations } from '../../domain/strategy/consolidate';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { municipalities } from '../db/schema';
import { listRecommendations } from './recommendations';
import { readMunicipalityLanguages, recommendationText } from './recommendation-text';
import { roundFor } from './round-access';
import { draftRecommendations } from './strategy-recommendations';

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
	const { questionnaire, round } = roundFor(db, qs, user, roundId, 'manage_working_group');
	const languages = readMunicipalityLanguages(
		db
			.select({ languages: municipalities.languages })
			.from(municipalities)
			.where(eq(municipalities.id, round.municipalityId))
			.get()!.languages
	);
	const rows = listRecommendations(db, roundId);
	const draftable = new Set(
		draftableRecommendations(questionnaire, draftRecommendations(db, roundId)).map((r) => r.id)
	);
	return questionnaire.areas
		.map((area) => ({
			code: area.code,
			name: area.name[locale],
			recommendations: rows
				.filter((r) => r.areaCode === area.code && draftable.has(r.id))
				.sort((a, b) => Number(b.isKey) - Number(a.isKey))
				.map((r) => ({
					id: r.id,
					text: recommendationText(questionnaire, r, locale, languages).text,
					key: r.isKey
				}))
		}))
		.filter((a) => a.recommendations.length > 0);
}
