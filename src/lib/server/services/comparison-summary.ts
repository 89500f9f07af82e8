import { changeSince, highlights } from '../../domain/comparison/compare';
import { bandsFor } from '../../domain/comparison/bands';
import { compareGroup, groupMembers } from '../../domain/comparison/peer-columns';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { areaViews, ownSide, roundHistory } from './comparison-own';
import { cachedSample } from './peer-cache';

/**
 * What the strategy pages take from the comparison, and nothing more: the own scores, the whole sample's
 * area means, the highlights (strongest areas; gaps to municipalities of similar size) and the change of
 * the overall index. The same figures as comparePage gives, without its ranking, picker or pseudonyms.
 */
export function peerSummary(
	db: Db,
	questionnaires: ReadonlyMap<string, Questionnaire>,
	user: SessionUser,
	roundId: string
) {
	const side = ownSide(db, questionnaires, user, roundId);
	const { round, questionnaire, own } = side;
	const sample = cachedSample(db, questionnaire);
	const exclude = sample.indexOf.get(own.id) ?? -1;
	const bands = bandsFor(questionnaire.framework.peer_bands, own.country);
	const areaCodes = questionnaire.areas.map((a) => a.code);
	const group = (kind: 'all' | 'population') =>
		compareGroup(own, sample.columns, groupMembers(sample.columns, own, kind, bands, exclude), areaCodes);
	const all = group('all');
	const previous = roundHistory(db, side, questionnaires)
		.filter((h) => h.year < round.year)
		.at(-1);
	return {
		overall: own.overall,
		areas: areaViews(questionnaire).filter((a) => !a.parent),
		own: own.areas,
		mean: Object.fromEntries(Object.entries(all.areas).map(([code, s]) => [code, s.mean])),
		highlights: { strongest: highlights(all).strongest, gaps: highlights(group('population')).gaps },
		change: changeSince(own, previous ?? null, areaCodes).overall
	};
}
