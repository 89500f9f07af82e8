import { z } from 'zod';
import type { MessageKey } from '../../i18n/translate';
import { DIMENSIONS } from '../questionnaire/vocabulary';
import { postedSchedule } from './dates';
import { emptyIndicator, emptyMeasure } from './factories';
import { STRATEGY_LIMITS as L } from './limits';
import { applyOperation, parseOperation, type OutlineOperation } from './outline-operations';
import type { StrategyMeasure, StrategyOutline } from './types';

export { applyOperation, parseOperation, type OutlineOperation };

const text = (max: number) => z.string().max(max, { error: 'error.text_too_long' });
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
	// Row errors name the measure or indicator (n) so the editor can say which of many is wrong.
	const fail = (field: string, error: MessageKey, params?: Record<string, number>) => ({
		ok: false as const,
		field,
		error,
		params
	});
	const columns = columnsOf(form);
	const all = (_: FormData, name: string) => columns.get(name) ?? [];
	const read = (
		schema: z.ZodType<unknown>,
		value: unknown,
		field: string,
		params?: Record<string, number>
	) => {
		const r = schema.safeParse(value);
		return r.success
			? { value: r.data }
			: { error: fail(field, (r.error.issues[0]?.message ?? 'error.invalid') as MessageKey, params) };
	};
	const textField = (name: string, max: number = L.text) =>
		read(text(max), String(form.get(name) ?? ''), name, { max });

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
		const n = i + 1;
		const start = read(month, all(form, 'm_start')[i] ?? '', `m_start_${i}`, { n });
		const end = read(month, all(form, 'm_end')[i] ?? '', `m_end_${i}`, { n });
		if ('error' in start) return start.error!;
		if ('error' in end) return end.error!;
		if (start.value && end.value && (end.value as string) < (start.value as string))
			return fail(`m_end_${i}`, 'error.end_before_start', { n });
		for (const [name, max] of [
			['m_title', L.measureTitle],
			['m_owner', L.owner],
			['m_partners', L.partners],
			['m_resources', L.resources],
			['m_description', L.description],
			['m_budget_line', L.budgetLine]
		] as const) {
			if ((all(form, name)[i] ?? '').length > max)
				return fail(`${name}_${i}`, 'error.text_too_long', { max, n });
		}
		if (!/^[A-Za-z0-9_-]{1,80}$/.test(ids[i]!)) return fail('form', 'error.invalid');
		const cost = read(optionalAmount, all(form, 'm_cost')[i] ?? String(prev?.cost ?? ''), `m_cost_${i}`, {
			n
		});
		if ('error' in cost) return cost.error!;
		const schedule = postedSchedule(
			{ phase: all(form, 'm_phase')[i], start: start.value as string, end: end.value as string },
			prev,
			base.period
		);
		measures.push({
			...emptyMeasure(ids[i]!),
			...prev,
			// A field the form does not post keeps its value; the editor posts what it shows.
			description: all(form, 'm_description')[i] ?? prev?.description ?? '',
			cost: cost.value as number | null,
			budgetLine: all(form, 'm_budget_line')[i] ?? prev?.budgetLine ?? '',
			phase: schedule.phase,
			id: ids[i]!,
			dimension: DIMENSIONS.includes(dimension as never)
				? (dimension as StrategyMeasure['dimension'])
				: (prev?.dimension ?? 'participation'),
			title: all(form, 'm_title')[i] ?? '',
			owner: all(form, 'm_owner')[i] ?? '',
			partners: all(form, 'm_partners')[i] ?? '',
			resources: all(form, 'm_resources')[i] ?? '',
			start: schedule.start,
			end: schedule.end
		});
	}

	const indicators = [];
	for (let i = 0; i < indicatorIds.length; i++) {
		const prev = base.indicators.find((x) => x.id === indicatorIds[i]);
		const n = i + 1;
		const range =
			prev && ['dimension', 'area', 'overall'].includes(prev.kind) ? optionalNumber : optionalFact;
		const baseline = read(range, all(form, 'i_baseline')[i] ?? '', `i_baseline_${i}`, { n });
		const target = read(range, all(form, 'i_target')[i] ?? '', `i_target_${i}`, { n });
		if ('error' in baseline) return baseline.error!;
		if ('error' in target) return target.error!;
		for (const [name, max] of [
			['i_name', L.indicatorName],
			['i_when', L.indicatorWhen],
			['i_source', L.indicatorSource],
			['i_frequency', L.indicatorFrequency],
			['i_owner', L.indicatorOwner],
			['i_unit', L.indicatorUnit]
		] as const) {
			if ((all(form, name)[i] ?? '').length > max)
				return fail(`${name}_${i}`, 'error.text_too_long', { max, n });
		}
		if (!/^[A-Za-z0-9_-]{1,80}$/.test(indicatorIds[i]!)) return fail('form', 'error.invalid');
		// A field the form does not post keeps its value.
		const optional = (name: string, fallback: string | undefined) => all(form, name)[i] ?? fallback ?? '';
		indicators.push({
			...emptyIndicator(indicatorIds[i]!),
			...prev,
			id: indicatorIds[i]!,
			name: all(form, 'i_name')[i] ?? '',
			source: optional('i_source', prev?.source),
			frequency: optional('i_frequency', prev?.frequency),
			owner: optional('i_owner', prev?.owner),
			unit: optional('i_unit', prev?.unit),
			baseline: baseline.value as number | null,
			target: target.value as number | null,
			when: all(form, 'i_when')[i] ?? ''
		});
	}

	for (const topic of base.situation.topics) {
		const posted = form.get(`topic_${topic.id}`);
		if (typeof posted === 'string' && posted.length > L.text)
			return fail(`topic_${topic.id}`, 'error.text_too_long', { max: L.text });
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
				return { ...topic, text: typeof posted === 'string' ? posted : topic.text };
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
