import type { Questionnaire } from '../../domain/questionnaire/schema';
import { can } from '../../domain/roles';
import type { Locale } from '../../i18n/locales';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { peerSummary } from './comparison-summary';
import { ServiceError } from './errors';
import { roundFor } from './round-access';
import { roundView } from './round-view';
import { stageAllows } from '../../domain/round-permissions';
import { draftCandidates } from './strategy-draft-step';
import { currentStrategyOutline, previewStrategyMerge } from './strategy';
import { listStrategyComments } from './strategy-comments';
import { workingStrategy } from './strategy-drafts';

/** The strategy page: the current outline with comments, a merge preview on request, and the score summary. */
export function strategyPage(
	db: Db,
	qs: ReadonlyMap<string, Questionnaire>,
	user: SessionUser,
	roundId: string,
	locale: Locale,
	withMerge: boolean
) {
	const { round, roles } = roundFor(db, qs, user, roundId, 'read_results');
	const manages = can(roles, 'manage_working_group');
	const base = { round: roundView(round), manages, canComment: can(roles, 'comment_strategy') };
	let current;
	try {
		current = currentStrategyOutline(db, qs, user, roundId);
	} catch (e) {
		if (e instanceof ServiceError && e.messageKey === 'error.strategy_missing')
			return {
				...base,
				exists: false as const,
				candidates:
					manages && stageAllows(round.status, 'edit_strategy')
						? draftCandidates(db, qs, user, roundId, locale)
						: []
			};
		throw e;
	}
	const peers = peerSummary(db, qs, user, roundId);
	return {
		...base,
		exists: true as const,
		outline: current.outline,
		version: current.version,
		comments: listStrategyComments(db, current.strategyId),
		// The coordinator edits the autosaved working draft; everyone else reads the latest version.
		working: manages ? workingStrategy(db, current.strategyId) : null,
		merge: manages && withMerge ? previewStrategyMerge(db, qs, user, roundId, locale) : null,
		summary: { overall: peers.overall, areas: peers.areas, own: peers.own, mean: peers.mean }
	};
}
