import { describe, expect, it } from 'vitest';
import { outlineFromForm, parseOperation } from '../../src/lib/domain/strategy/outline-form';
import type { StrategyOutline } from '../../src/lib/domain/strategy/types';
import { formOf } from '../fixtures/strategy-form';
import { strategyOutlineFixture } from '../fixtures/strategy-outline';

/** Replaces the index-th value of a repeated field. */
function setAt(form: FormData, name: string, index: number, value: string): FormData {
	const values = form.getAll(name).map(String);
	values[index] = value;
	form.delete(name);
	for (const v of values) form.append(name, v);
	return form;
}

/** The editor's phase selects, one per measure ("" for a measure whose select was left alone). */
function withPhases(form: FormData, phases: string[]): FormData {
	for (const p of phases) form.append('m_phase', p);
	return form;
}

const ids = () => {
	let n = 0;
	return () => `new${++n}`;
};

function parsed(form: FormData, base = strategyOutlineFixture()): StrategyOutline {
	const r = outlineFromForm(base, form, ids());
	if (!r.ok) throw new Error(`expected the form to parse, got ${r.field}: ${r.error}`);
	return r.outline;
}

const failure = (form: FormData) => {
	const r = outlineFromForm(strategyOutlineFixture(), form, ids());
	return r.ok ? null : { field: r.field, error: r.error };
};

describe('outlineFromForm', () => {
	it('sets a measure’s dates from its phase, and its phase from dates typed by hand', () => {
		// The fixture's term is 2027-01 – 2030-12; a post without JavaScript sends the chosen phase, old dates.
		const base = strategyOutlineFixture();
		const chosen = parsed(setAt(withPhases(formOf(base), ['', 'year1', '', '']), 'm_phase', 1, 'year1'));
		expect(chosen.measures[1]).toMatchObject({ phase: 'year1', start: '2027-01', end: '2027-12' });
		const typed = setAt(setAt(formOf(base), 'm_start', 2, '2028-01'), 'm_end', 2, '2030-12');
		expect(parsed(typed).measures[2]).toMatchObject({ phase: 'years2_4', start: '2028-01', end: '2030-12' });
		// Dates typed by hand win over a phase sent with them.
		const both = setAt(withPhases(formOf(base), ['', '', 'year1', '']), 'm_start', 2, '2027-04');
		expect(parsed(both).measures[2]).toMatchObject({ phase: 'custom', start: '2027-04', end: '2027-09' });
	});

	it('gives back the outline unchanged when nothing was edited', () => {
		const base = strategyOutlineFixture();
		expect(parsed(formOf(base))).toEqual(base);
		const fi = strategyOutlineFixture('fi');
		expect(parsed(formOf(fi), fi)).toEqual(fi);
	});

	it('applies edited owners, dates and texts, keeping what the form does not carry', () => {
		const base = strategyOutlineFixture();
		const form = formOf(base);
		setAt(form, 'm_owner', 1, 'Culture services');
		setAt(form, 'm_start', 1, '2027-04');
		setAt(form, 'm_end', 1, '2028-03');
		setAt(form, 'm_dimension', 0, 'safety');
		form.set('vision_text', 'A new vision');
		form.set('links_items', '  Plan A \n\n Plan B\n');
		const outline = parsed(form);
		expect(outline.measures[1]).toEqual({
			...base.measures[1],
			owner: 'Culture services',
			start: '2027-04',
			end: '2028-03'
		});
		expect(outline.measures[0]).toEqual({ ...base.measures[0], dimension: 'safety' });
		expect(outline.vision.text).toBe('A new vision');
		expect(outline.links.items).toEqual(['Plan A', 'Plan B']);
		expect(outline.situation).toEqual(base.situation);
	});

	it('moves a measure up or down, and not past either end', () => {
		const order = (op: string) => parsed(formOf(strategyOutlineFixture(), op)).measures.map((m) => m.id);
		expect(order('up:m-2')).toEqual(['m-2', 'm-1', 'm-3', 'm-4']);
		expect(order('down:m-2')).toEqual(['m-1', 'm-3', 'm-2', 'm-4']);
		expect(order('up:m-1')).toEqual(['m-1', 'm-2', 'm-3', 'm-4']);
		expect(order('down:m-4')).toEqual(['m-1', 'm-2', 'm-3', 'm-4']);
	});

	it('records the recommendation of a removed measure so that merging does not bring it back', () => {
		const outline = parsed(formOf(strategyOutlineFixture(), 'remove_measure:m-2'));
		expect(outline.measures.map((m) => m.id)).toEqual(['m-1', 'm-3', 'm-4']);
		expect(outline.removedRecommendationIds).toEqual(['rec-2']);
		const own = parsed(formOf(strategyOutlineFixture(), 'remove_measure:m-3'));
		expect(own.measures.map((m) => m.id)).toEqual(['m-1', 'm-2', 'm-4']);
		expect(own.removedRecommendationIds).toEqual([]);
		const indicator = parsed(formOf(strategyOutlineFixture(), 'remove_indicator:i-culture'));
		expect(indicator.indicators.map((i) => i.id)).toEqual(['i-overall']);
	});

	it('appends an empty measure or indicator', () => {
		const base = strategyOutlineFixture();
		const measures = parsed(formOf(base, 'add_measure')).measures;
		expect(measures.slice(0, 4)).toEqual(base.measures);
		expect(measures[4]).toEqual({
			id: 'm-new1',
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
			questionCodes: []
		});
		const indicators = parsed(formOf(base, 'add_indicator')).indicators;
		expect(indicators.slice(0, 2)).toEqual(base.indicators);
		expect(indicators[2]).toEqual({
			id: 'i-new1',
			kind: 'custom',
			ref: '',
			name: '',
			source: '',
			frequency: '',
			owner: '',
			unit: '',
			baseline: null,
			target: null,
			when: ''
		});
	});

	it('refuses an invalid month, an end before the start and a target over 100', () => {
		const base = strategyOutlineFixture();
		expect(failure(setAt(formOf(base), 'm_start', 2, '2027-13'))).toEqual({
			field: 'm_start_2',
			error: 'error.month'
		});
		expect(failure(setAt(formOf(base), 'm_end', 0, '27-1'))).toEqual({
			field: 'm_end_0',
			error: 'error.month'
		});
		expect(failure(setAt(formOf(base), 'm_end', 0, '2026-12'))).toEqual({
			field: 'm_end_0',
			error: 'error.end_before_start'
		});
		expect(failure(setAt(formOf(base), 'i_target', 0, '120'))).toEqual({
			field: 'i_target_0',
			error: 'error.percent_range'
		});
		expect(failure(setAt(formOf(base), 'i_baseline', 1, 'lots'))).toEqual({
			field: 'i_baseline_1',
			error: 'error.percent_range'
		});
	});

	it('reads a decimal comma and an empty number as null', () => {
		const form = setAt(formOf(strategyOutlineFixture()), 'i_baseline', 0, '55,5');
		setAt(form, 'i_target', 0, ' ');
		expect(parsed(form).indicators[0]).toMatchObject({ baseline: 55.5, target: null });
	});

	it('refuses a text over its limit with the limit and the row, and never cuts one short', () => {
		const base = strategyOutlineFixture();
		const owner = outlineFromForm(base, setAt(formOf(base), 'm_owner', 0, 'x'.repeat(301)), () => 'n');
		expect(owner).toMatchObject({
			ok: false,
			field: 'm_owner_0',
			error: 'error.text_too_long',
			params: { max: 300, n: 1 }
		});
		expect(parsed(setAt(formOf(base), 'm_owner', 0, 'x'.repeat(300))).measures[0]!.owner).toHaveLength(300);
		// The indicator's name used to be silently cut to 300 characters; now it is refused like the others.
		const name = outlineFromForm(base, setAt(formOf(base), 'i_name', 1, 'y'.repeat(301)), () => 'n');
		expect(name).toMatchObject({
			field: 'i_name_1',
			error: 'error.text_too_long',
			params: { max: 300, n: 2 }
		});
		expect(parsed(setAt(formOf(base), 'i_name', 1, 'y'.repeat(300))).indicators[1]!.name).toHaveLength(300);
		const form = formOf(base);
		form.set('vision_text', 'x'.repeat(8001));
		expect(outlineFromForm(base, form, () => 'n')).toMatchObject({
			field: 'vision_text',
			error: 'error.text_too_long',
			params: { max: 8000 }
		});
	});

	it('names the measure whose end is before its start', () => {
		const base = strategyOutlineFixture();
		const form = setAt(setAt(formOf(base), 'm_start', 2, '2028-05'), 'm_end', 2, '2027-01');
		expect(outlineFromForm(base, form, () => 'n')).toMatchObject({
			field: 'm_end_2',
			error: 'error.end_before_start',
			params: { n: 3 }
		});
	});

	it('refuses a row id that is not an id', () => {
		const base = strategyOutlineFixture();
		const form = setAt(formOf(base), 'm_id', 0, '<script>');
		expect(failure(form)).toEqual({ field: 'form', error: 'error.invalid' });
	});
});

describe('parseOperation', () => {
	it('falls back to save for anything unknown or incomplete', () => {
		expect(parseOperation(null)).toEqual({ kind: 'save' });
		expect(parseOperation('up')).toEqual({ kind: 'save' });
		expect(parseOperation('explode:m-1')).toEqual({ kind: 'save' });
		expect(parseOperation('down:m-1')).toEqual({ kind: 'down', id: 'm-1' });
		expect(parseOperation('add_indicator')).toEqual({ kind: 'add_indicator' });
	});
});
