/**
 * Length limits of the strategy's texts, in characters. The form's maxlength, its counter and the
 * server's check all read them here, so a text is never accepted by one and refused (or cut) by another.
 */
export const STRATEGY_LIMITS = {
	/** Vision, introduction, objectives, governance, links, follow-up. */
	text: 8000,
	measureTitle: 2000,
	description: 4000,
	owner: 300,
	partners: 1000,
	resources: 1000,
	/** Digits of a cost estimate as typed, spaces included ("1 200 000"). */
	cost: 20,
	budgetLine: 300,
	indicatorName: 300,
	indicatorWhen: 40,
	indicatorSource: 300,
	indicatorFrequency: 100,
	indicatorOwner: 300,
	indicatorUnit: 40,
	comment: 4000,
	versionNote: 300
} as const;

/** Measures a council programme usually holds at most (15-30 is typical); more makes drafting suggest combining. */
export const MEASURES_COMFORTABLE = 30;

/** A measure's or indicator's field error, e.g. `m_end_3`: the list and the row it belongs to. */
export function rowOfField(field: string): { list: 'm' | 'i'; index: number } | null {
	const match = /^([mi])_[a-z_]+?_(\d+)$/.exec(field);
	return match ? { list: match[1] as 'm' | 'i', index: Number(match[2]) } : null;
}
