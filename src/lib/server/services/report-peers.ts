import { bandOf } from '../../domain/comparison/groups';
import { compareGroup, groupMembers } from '../../domain/comparison/peer-columns';
import type { ScoredEntity } from '../../domain/comparison/types';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { ScoreResult } from '../../domain/scoring';
import type { Db } from '../db/client';
import type { AssessmentRound, Municipality } from '../db/schema';
import { cachedSample } from './peer-cache';

export interface AreaPeers {
	own: number | null;
	sample: { mean: number | null; n: number };
	band: { mean: number | null; n: number };
}

/**
 * The report's per-area comparison: the municipality against the whole sample and against the peers of
 * its population band, the same figures the compare page gives for those two groups. Call after the
 * report service has checked who may read the round.
 */
export function reportPeers(
	db: Db,
	questionnaire: Questionnaire,
	round: AssessmentRound,
	municipality: Pick<Municipality, 'id' | 'country'>,
	scores: ScoreResult
) {
	const own: ScoredEntity = {
		id: `m:${municipality.id}`,
		country: municipality.country,
		population: round.population,
		diversityShare: round.diversityShare,
		overall: scores.overall,
		areas: Object.fromEntries(Object.entries(scores.areas).map(([c, a]) => [c, a.score])),
		dimensions: scores.dimensions
	};
	const sample = cachedSample(db, questionnaire);
	const exclude = sample.indexOf.get(own.id) ?? -1;
	const bands = questionnaire.framework.peer_bands;
	const codes = questionnaire.areas.map((a) => a.code);
	const group = (kind: 'all' | 'population') =>
		compareGroup(own, sample.columns, groupMembers(sample.columns, own, kind, bands, exclude), codes);
	const all = group('all');
	const band = group('population');
	// n in a Summary counts the municipality itself when it has a score; the report counts peers only.
	const peersOf = (n: number, ownScore: number | null) => (ownScore === null ? n : n - 1);
	const areas: Record<string, AreaPeers> = Object.fromEntries(
		codes.map((code) => {
			const a = all.areas[code]!;
			const b = band.areas[code]!;
			return [
				code,
				{
					own: a.own,
					sample: { mean: a.mean, n: peersOf(a.n, a.own) },
					band: { mean: b.mean, n: peersOf(b.n, b.own) }
				}
			];
		})
	);
	return { bandLabel: bandOf(round.population, bands.population)?.label ?? null, areas };
}
