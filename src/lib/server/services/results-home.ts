import type { Language, Questionnaire } from '../../domain/questionnaire/schema';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { ServiceError } from './errors';
import { roundReport } from './report';
import { currentStrategyOutline } from './strategy';
import { listStrategyComments } from './strategy-comments';

/**
 * A leader's results home for a published round: the overall index, the top-level area scores and where the
 * strategy stands, with the report's own access rules (published only, except the expert's preview).
 */
export function resultsHome(
	db: Db,
	questionnaires: ReadonlyMap<string, Questionnaire>,
	user: SessionUser,
	roundId: string,
	locale: Language
) {
	const report = roundReport(db, questionnaires, user, roundId, locale);
	let strategy: { version: number; comments: number } | null = null;
	try {
		const current = currentStrategyOutline(db, questionnaires, user, roundId);
		strategy = { version: current.version, comments: listStrategyComments(db, current.strategyId).length };
	} catch (e) {
		if (!(e instanceof ServiceError && e.messageKey === 'error.strategy_missing')) throw e;
	}
	return {
		round: report.round,
		preview: report.preview,
		municipality: report.municipality,
		title: report.title,
		overall: report.scores.overall,
		areas: report.areas
			.filter((a) => !a.parent)
			.map((a) => ({ code: a.code, name: a.name, score: report.scores.areas[a.code]?.score ?? null })),
		recommendations: report.recommendations.length,
		strategy
	};
}
