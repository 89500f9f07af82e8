import type { StrategyIndicator, StrategyMeasure } from './types';

/** A measure the municipality adds itself: no recommendation behind it, everything still to be filled in. */
export function emptyMeasure(id: string, fields: Partial<StrategyMeasure> = {}): StrategyMeasure {
	return {
		id,
		dimension: 'participation',
		title: '',
		description: '',
		owner: '',
		partners: '',
		resources: '',
		cost: null,
		budgetLine: '',
		phase: 'custom',
		start: '',
		end: '',
		key: false,
		recommendationId: null,
		recommendationIds: [],
		areaCode: null,
		areaCodes: [],
		questionCodes: [],
		...fields
	};
}

/** An indicator the municipality names itself; baseline and target empty until the working group sets them. */
export function emptyIndicator(id: string, fields: Partial<StrategyIndicator> = {}): StrategyIndicator {
	return {
		id,
		kind: 'custom',
		ref: '',
		name: '',
		source: '',
		frequency: '',
		owner: '',
		unit: '',
		baseline: null,
		target: null,
		when: '',
		...fields
	};
}
