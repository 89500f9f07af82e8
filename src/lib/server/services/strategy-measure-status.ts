import { and, desc, eq, lt } from 'drizzle-orm';
import { MEASURE_STATUSES, type MeasureStatus } from '../../domain/strategy/follow-up';
import { outlineSchema } from '../../domain/strategy/outline-schema';
import type { StrategyMeasure, StrategyOutline } from '../../domain/strategy/types';
import type { Db } from '../db/client';
import { readJsonColumn } from '../db/json-column';
import { assessmentRounds, strategies, strategyMeasureStatus, strategyVersions } from '../db/schema';

export function measureStatuses(db: Pick<Db, 'select'>, strategyId: string): Record<string, MeasureStatus> {
	const statuses: Record<string, MeasureStatus> = {};
	for (const r of db
		.select()
		.from(strategyMeasureStatus)
		.where(eq(strategyMeasureStatus.strategyId, strategyId))
		.all())
		if ((MEASURE_STATUSES as readonly string[]).includes(r.status))
			statuses[r.measureId] = r.status as MeasureStatus;
	return statuses;
}

/**
 * The strategy of the same municipality's latest earlier round that has one, with its measures'
 * statuses: what the drafting of a new strategy carries forward. Null when there is none.
 */
export function previousStrategyMeasures(
	db: Pick<Db, 'select'>,
	round: { municipalityId: string; year: number }
): {
	measures: StrategyMeasure[];
	statuses: Record<string, MeasureStatus>;
	outline: StrategyOutline;
} | null {
	const earlier = db
		.select({ strategyId: strategies.id })
		.from(assessmentRounds)
		.innerJoin(strategies, eq(strategies.roundId, assessmentRounds.id))
		.where(
			and(eq(assessmentRounds.municipalityId, round.municipalityId), lt(assessmentRounds.year, round.year))
		)
		.orderBy(desc(assessmentRounds.year))
		.get();
	if (!earlier) return null;
	const latest = db
		.select({ outline: strategyVersions.outline })
		.from(strategyVersions)
		.where(eq(strategyVersions.strategyId, earlier.strategyId))
		.orderBy(desc(strategyVersions.version))
		.get();
	if (!latest) return null;
	const outline = readJsonColumn(outlineSchema, latest.outline, 'outline');
	return { measures: outline.measures, statuses: measureStatuses(db, earlier.strategyId), outline };
}
