import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { PeerResult } from '../../domain/comparison/types';
import type { ScoreResult } from '../../domain/scoring';
import type { Db } from '../db/client';
import { answers, assessmentRounds, municipalities, referenceResults } from '../db/schema';
import { areaScoresSchema, scoreSummarySchema } from '../../domain/stored/score-schemas';
import { readJsonColumn } from '../db/json-column';

export interface ScoreSummary {
	overall: number | null;
	areas: Record<string, number | null>;
	dimensions: ScoreResult['dimensions'];
}

export function scoreSummary(s: ScoreResult): ScoreSummary {
	return {
		overall: s.overall,
		areas: Object.fromEntries(Object.entries(s.areas).map(([c, a]) => [c, a.score])),
		dimensions: s.dimensions
	};
}

/**
 * The peer sample of a questionnaire: the latest published round of every other municipality, with
 * its frozen scores, plus the imported reference results. Names only of those who published by name.
 * Pages read it through peer-cache.ts, which keeps it in memory between publications.
 */
export function peerSample(
	db: Db,
	/** One questionnaire, or a version and the versions it replaced: their results compare area by area. */
	questionnaireId: string | readonly string[],
	excludeMunicipalityId?: string
): PeerResult[] {
	const ids = typeof questionnaireId === 'string' ? [questionnaireId] : [...questionnaireId];
	const rows = db
		.select({
			id: assessmentRounds.id,
			municipalityId: assessmentRounds.municipalityId,
			year: assessmentRounds.year,
			publishedAt: assessmentRounds.publishedAt,
			population: assessmentRounds.population,
			diversityShare: assessmentRounds.diversityShare,
			diversityMeasure: assessmentRounds.diversityMeasure,
			visibility: assessmentRounds.visibility,
			summary: assessmentRounds.scoreSummary,
			name: municipalities.name,
			country: municipalities.country,
			isDemo: municipalities.isDemo
		})
		.from(assessmentRounds)
		.innerJoin(municipalities, eq(assessmentRounds.municipalityId, municipalities.id))
		.where(
			and(
				inArray(assessmentRounds.questionnaireId, ids),
				eq(assessmentRounds.status, 'published'),
				excludeMunicipalityId === undefined
					? undefined
					: ne(assessmentRounds.municipalityId, excludeMunicipalityId)
			)
		)
		.all();
	const latest = new Map<string, (typeof rows)[number]>();
	for (const r of rows) {
		const seen = latest.get(r.municipalityId);
		if (
			!seen ||
			r.year > seen.year ||
			(r.year === seen.year && (r.publishedAt?.getTime() ?? 0) > (seen.publishedAt?.getTime() ?? 0))
		)
			latest.set(r.municipalityId, r);
	}
	const facts = publishedFacts(db, ids, new Set([...latest.values()].map((r) => r.id)));
	const published: PeerResult[] = [...latest.values()]
		.filter((r) => r.summary)
		.map((r) => {
			const scores = readJsonColumn(scoreSummarySchema, r.summary!, 'summary');
			return {
				id: `m:${r.municipalityId}`,
				name: r.visibility === 'named' ? r.name : null,
				country: r.country,
				year: r.year,
				population: r.population,
				diversityShare: r.diversityShare,
				diversityMeasure: r.diversityMeasure,
				overall: scores.overall,
				areas: scores.areas,
				dimensions: scores.dimensions,
				facts: facts.get(r.id) ?? {},
				kind: 'published',
				synthetic: r.isDemo,
				source: 'published'
			};
		});
	const reference: PeerResult[] = db
		.select()
		.from(referenceResults)
		.where(inArray(referenceResults.questionnaireId, ids))
		.all()
		.map((r) => ({
			id: `r:${r.id}`,
			name: r.municipality,
			country: r.country,
			year: r.year,
			population: r.population,
			diversityShare: r.diversityShare,
			diversityMeasure: r.diversityMeasure,
			overall: r.overall,
			areas: readJsonColumn(areaScoresSchema, r.areaScores, 'area_scores'),
			kind: 'reference',
			synthetic: r.synthetic,
			source: r.source
		}));
	return [...published, ...reference];
}

/** The context facts (number answers) of the given published rounds, by round id and question code. */
function publishedFacts(db: Db, questionnaireIds: string[], roundIds: ReadonlySet<string>) {
	const rows = db
		.select({
			roundId: answers.roundId,
			code: answers.questionCode,
			value: sql<number>`json_extract(${answers.value}, '$.value')`
		})
		.from(answers)
		.innerJoin(assessmentRounds, eq(answers.roundId, assessmentRounds.id))
		.where(
			and(
				inArray(assessmentRounds.questionnaireId, questionnaireIds),
				eq(assessmentRounds.status, 'published'),
				sql`json_extract(${answers.value}, '$.kind') = 'number'`
			)
		)
		.all();
	const byRound = new Map<string, Record<string, number>>();
	for (const r of rows) {
		if (!roundIds.has(r.roundId) || typeof r.value !== 'number') continue;
		let facts = byRound.get(r.roundId);
		if (!facts) byRound.set(r.roundId, (facts = {}));
		facts[r.code] = r.value;
	}
	return byRound;
}
