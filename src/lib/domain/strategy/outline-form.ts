import { z } from 'zod';
import type { MessageKey } from '../../i18n/translate';
import { DIMENSIONS } from '../questionnaire/vocabulary';
import { emptyIndicator, emptyMeasure } from './factories';
import type { StrategyMeasure, StrategyOutline } from './types';

const text = (max: number) => z.string().max(max, { error: 'error.too_long' });
const month = z.string().regex(/^(\d{4}-(0[1-9]|1[0-2]))?$/, { error: 'error.month' });
const numberUpTo = (max: number) =>
	z
		.string()
		.trim()
		.transform((v) => v.replace(/[\s\u00a0]/g, '').replace(',', '.'))
		.refine((v) => v === '' || (Number.isFinite(Number(v)) && Number(v) >= 0 && Number(v) <= max), {
			error: max === 100 ? 'error.percent_range' : 'error.invalid'
		})
		.transform((v) => (v === '' ? null : Number(v)));
/** Scores are 0-100; a context fact (arrivals, euros, cases) can be any non-negative number. */
const optionalNumber = numberUpTo(100);
const optionalFact = numberUpTo(1e9);

/** A cost estimate in euros a year: a whole number, spaces and a decimal comma allowed ("20 000"). */
const optionalAmount = z
	.string()
	.trim()
	.transform((v) => v.replace(/[\s\u00a0€]/g, '').replace(',', '.'))
	.refine((v) => v === '' || (Number.isFinite(Number(v)) && Number(v) >= 0 && Number(v) <= 1e9), {
		error: 'error.invalid'
	})
	.transform((v) => (v === '' ? null : Math.round(Number(v))));

/** Far more than any council programme has (typically 15-30 measures); keeps one version's size bounded. */
export const MAX_MEASURES = 150;
export const MAX_INDICATORS = 60;

/** One edit of the strategy form: which button was pressed, and on which row. */
export type OutlineOperation =
	| { kind: 'save' }
	| { kind: 'add_measure' }
	| { kind: 'add_indicator' }
	| { kind: 'remove_measure' | 'remove_indicator' | 'up' | 'down'; id: string };

export function parseOperation(value: string | null): OutlineOperation {
	const [kind, id] = (value ?? 'save').split(':');
	if ((kind === 'remove_measure' || kind === 'remove_indicator' || kind === 'up' || kind === 'down') && id)
		return { kind, id };
	if (kind === 'add_measure' || kind === 'add_indicator') return { kind };
	return { kind: 'save' };
}

/** Each repeated field's values in order, read in one pass: a getAll() per row would cost n² on long outlines. */
function columnsOf(form: FormData): Map<string, string[]> {
	const columns = new Map<string, string[]>();
	for (const [name, value] of form.entries()) {
		const column = columns.get(name);
		if (column) column.push(String(value));
		else columns.set(name, [String(value)]);
	}
	return columns;
}

/** The edited outline from the strategy form, on top of the version it was edited from. */
export function outlineFromForm(
	base: StrategyOutline,
	form: FormData,
	newId: () => string
):
	| { ok: true; outline: StrategyOutline }
	| { ok: false; field: string; error: MessageKey; params?: Record<string, number> } {
	const fail = (field: string, error: MessageKey, params?: Record<string, number>) => ({
		ok: false as const,
		field,
		error,
		params
	});
	const columns = columnsOf(form);
	const all = (_: FormData, name: string) => columns.get(name) ?? [];
	const read = (schema: z.ZodType<unknown>, value: unknown, field: string) => {
		const r = schema.safeParse(value);
		return r.success
			? { value: r.data }
			: { error: fail(field, (r.error.issues[0]?.message ?? 'error.invalid') as MessageKey) };
	};
	const textField = (name: string, max = 8000) => read(text(max), String(form.get(name) ?? ''), name);

	const fields: Record<string, string> = {};
	for (const name of [
		'vision_text',
		'situation_text',
		'governance_text',
		'links_text',
		'followup_text',
		'links_items',
		...DIMENSIONS.map((d) => `principle_${d}`),
		...base.objectives.map((o) => `objective_${o.id}`)
	]) {
		const r = textField(name);
		if ('error' in r) return r.error!;
		fields[name] = r.value as string;
	}

	const ids = all(form, 'm_id');
	const indicatorIds = all(form, 'i_id');
	const op = parseOperation(form.get('op') as string | null);
	// Checked before any row is read: a hand-made post with thousands of rows costs nothing.
	const addsMeasure = op.kind === 'add_measure' ? 1 : 0;
	const addsIndicator = op.kind === 'add_indicator' ? 1 : 0;
	if (ids.length + addsMeasure > MAX_MEASURES)
		return fail('form', 'error.too_many_measures', { max: MAX_MEASURES });
	if (indicatorIds.length + addsIndicator > MAX_INDICATORS)
		return fail('form', 'error.too_many_indicators', { max: MAX_INDICATORS });
	const measures: StrategyMeasure[] = [];
	for (let i = 0; i < ids.length; i++) {
		const prev = base.measures.find((m) => m.id === ids[i]);
		const dimension = all(form, 'm_dimension')[i];
		const start = read(month, all(form, 'm_start')[i] ?? '', `m_start_${i}`);
		const end = read(month, all(form, 'm_end')[i] ?? '', `m_end_${i}`);
		if ('error' in start) return start.error!;
		if ('error' in end) return end.error!;
		if (start.value && end.value && (end.value as string) < (start.value as string))
			return fail(`m_end_${i}`, 'error.end_before_start');
		for (const [name, max] of [
			['m_title', 2000],
			['m_owner', 300],
			['m_partners', 1000],
			['m_resources', 1000]
		] as const) {
			if ((all(form, name)[i] ?? '').length > max) return fail(`${name}_${i}`, 'error.too_long');
		}
		const cost = read(optionalAmount, all(form, 'm_cost')[i] ?? String(prev?.cost ?? ''), `m_cost_${i}`);
		if ('error' in cost) return cost.error!;
		const startValue = start.value as string;
		const endValue = end.value as string;
		measures.push({
			...emptyMeasure(ids[i]!),
			...prev,
			// A field the form does not post keeps its value; the editor posts what it shows.
			description: (all(form, 'm_description')[i] ?? prev?.description ?? '').slice(0, 4000),
			cost: cost.value as number | null,
			budgetLine: (all(form, 'm_budget_line')[i] ?? prev?.budgetLine ?? '').slice(0, 300),
			phase: prev && prev.start === startValue && prev.end === endValue ? prev.phase : 'custom',
			id: ids[i]!,
			dimension: DIMENSIONS.includes(dimension as never)
				? (dimension as StrategyMeasure['dimension'])
				: (prev?.dimension ?? 'participation'),
			title: all(form, 'm_title')[i] ?? '',
			owner: all(form, 'm_owner')[i] ?? '',
			partners: all(form, 'm_partners')[i] ?? '',
			resources: all(form, 'm_resources')[i] ?? '',
			start: startValue,
			end: endValue
		});
	}

	const indicators = [];
	for (let i = 0; i < indicatorIds.length; i++) {
		const prev = base.indicators.find((x) => x.id === indicatorIds[i]);
		const range =
			prev && ['dimension', 'area', 'overall'].includes(prev.kind) ? optionalNumber : optionalFact;
		const baseline = read(range, all(form, 'i_baseline')[i] ?? '', `i_baseline_${i}`);
		const target = read(range, all(form, 'i_target')[i] ?? '', `i_target_${i}`);
		if ('error' in baseline) return baseline.error!;
		if ('error' in target) return target.error!;
		const optional = (name: string, fallback: string | undefined, max: number) =>
			(all(form, name)[i] ?? fallback ?? '').slice(0, max);
		indicators.push({
			...emptyIndicator(indicatorIds[i]!),
			...prev,
			id: indicatorIds[i]!,
			name: (all(form, 'i_name')[i] ?? '').slice(0, 300),
			source: optional('i_source', prev?.source, 300),
			frequency: optional('i_frequency', prev?.frequency, 100),
			owner: optional('i_owner', prev?.owner, 300),
			unit: optional('i_unit', prev?.unit, 40),
			baseline: baseline.value as number | null,
			target: target.value as number | null,
			when: (all(form, 'i_when')[i] ?? '').slice(0, 40)
		});
	}

	let outline: StrategyOutline = {
		...base,
		vision: {
			text: fields.vision_text!,
			principles: DIMENSIONS.map((d) => ({ dimension: d, text: fields[`principle_${d}`]! }))
		},
		situation: {
			...base.situation,
			text: fields.situation_text!,
			topics: base.situation.topics.map((topic) => {
				const posted = form.get(`topic_${topic.id}`);
				return { ...topic, text: typeof posted === 'string' ? posted.slice(0, 8000) : topic.text };
			})
		},
		objectives: base.objectives.map((o) => ({ ...o, text: fields[`objective_${o.id}`]! })),
		measures,
		indicators,
		governance: { text: fields.governance_text! },
		links: {
			text: fields.links_text!,
			items: fields
				.links_items!.split('\n')
				.map((l) => l.trim())
				.filter(Boolean)
		},
		followUp: { text: fields.followup_text! }
	};
	outline = applyOperation(outline, op, newId);
	return { ok: true, outline };
}

export function applyOperation(
	outline: StrategyOutline,
	op: OutlineOperation,
	newId: () => string
): StrategyOutline {
	const move = (list: StrategyMeasure[], id: string, by: -1 | 1) => {
		const i = list.findIndex((m) => m.id === id);
		const j = i + by;
		if (i < 0 || j < 0 || j >= list.length) return list;
		const next = [...list];
		[next[i], next[j]] = [next[j]!, next[i]!];
		return next;
	};
	switch (op.kind) {
		case 'save':
			return outline;
		case 'add_measure':
			return {
				...outline,
				measures: [...outline.measures, emptyMeasure(`m-${newId()}`)]
			};
		case 'add_indicator':
			return {
				...outline,
				indicators: [...outline.indicators, emptyIndicator(`i-${newId()}`)]
			};
		case 'remove_measure': {
			const removed = outline.measures.find((m) => m.id === op.id);
			return {
				...outline,
				measures: outline.measures.filter((m) => m.id !== op.id),
				// Every recommendation the measure consolidated, so drafting again brings none of them back.
				removedRecommendationIds: [
					...outline.removedRecommendationIds,
					...(removed?.recommendationIds ?? []).filter((id) => !outline.removedRecommendationIds.includes(id))
				]
			};
		}
		case 'remove_indicator':
			return { ...outline, indicators: outline.indicators.filter((i) => i.id !== op.id) };
		case 'up':
			return { ...outline, measures: move(outline.measures, op.id, -1) };
		case 'down':
			return { ...outline, measures: move(outline.measures, op.id, 1) };
	}
}
