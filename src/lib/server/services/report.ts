import { eq } from 'drizzle-orm';
import { methodologyModel } from '../../domain/questionnaire/methodology';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { Language } from '../../domain/questionnaire/vocabulary';
import { allowsAny } from '../../domain/round-permissions';
import { isPublished } from '../../domain/round-status';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { municipalities } from '../db/schema';
import { roundFacts } from './context-facts';
import { ServiceError } from './errors';
import { narrativesByArea, listRecommendations } from './recommendations';
import { reportPeers } from './report-peers';
import { roundScores } from './round-scores';
import { roundFor } from './round-access';
import { readMunicipalityLanguages, recommendationText, rowPractices } from './recommendation-text';
import { roundView } from './round-view';

/**
 * The index report of a round: published for everyone in the municipality, or a preview for the expert
 * during review. Published scores come from the frozen copy, never recomputed.
 */
export function roundReport(
	db: Db,
	questionnaires: ReadonlyMap<string, Questionnaire>,
	user: SessionUser,
	roundId: string,
	/** The report's language: recommendations render in it, or are marked when only in another. */
	reader: Language
) {
	const { round, roles, questionnaire } = roundFor(db, questionnaires, user, roundId, 'read_results');
	if (!allowsAny(round.status, roles, 'read_report'))
		throw new ServiceError(404, 'error.report_not_published');
	// Before publishing only the expert gets this far, so an unpublished report is their preview.
	const preview = !isPublished(round.status);
	const scores = roundScores(db, questionnaire, round);
	const municipality = db
		.select()
		.from(municipalities)
		.where(eq(municipalities.id, round.municipalityId))
		.get()!;
	const languages = readMunicipalityLanguages(municipality.languages);
	const recs = listRecommendations(db, roundId).filter((r) =>
		preview ? r.status !== 'rejected' : r.status === 'accepted'
	);
	const questionsByCode = new Map(
		questionnaire.areas.flatMap((a) => a.questions.map((q) => [q.code, q] as const))
	);
	return {
		round: roundView(round),
		preview,
		municipality: {
			name: municipality.name,
			country: municipality.country,
			region: municipality.region,
			isDemo: municipality.isDemo
		},
		title: questionnaire.framework.title,
		scores,
		facts: roundFacts(db, questionnaire, roundId),
		areas: questionnaire.areas.map((a) => ({
			code: a.code,
			name: a.name,
			parent: a.parent ?? null,
			composite: a.composite,
			kind: a.kind
		})),
		narratives: narrativesByArea(db, roundId),
		recommendations: recs.map((r) => {
			const resolved = recommendationText(questionnaire, r, reader, languages);
			return {
				id: r.id,
				isKey: r.isKey,
				areaCode: r.areaCode,
				priority: r.priority,
				/** In the reader's language, or (fallback) in the language the expert wrote it in. */
				text: resolved.text,
				language: resolved.language,
				fallback: resolved.fallback,
				questions: resolved.questionCodes.flatMap((c) => {
					const q = questionsByCode.get(c);
					return q ? [q.text] : [];
				}),
				goodPractices: rowPractices(questionnaire, r, resolved.questionCodes)
			};
		}),
		methodology: methodologyModel(questionnaire),
		peers: reportPeers(db, questionnaire, round, municipality, scores)
	};
}
