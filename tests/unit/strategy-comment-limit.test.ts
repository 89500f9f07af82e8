import { describe, expect, it } from 'vitest';
import { parseForm } from '../../src/lib/domain/validation/form';
import { STRATEGY_LIMITS } from '../../src/lib/domain/strategy/limits';
import { strategyCommentSchema } from '../../src/lib/domain/validation/strategy-forms';
import { progressNoteSchema } from '../../src/lib/domain/validation/strategy-follow-forms';
import { MAX_PROGRESS_NOTE } from '../../src/lib/domain/strategy/follow-up';
import { translate } from '../../src/lib/i18n/translate';

const form = (fields: Record<string, string>) => {
	const f = new FormData();
	for (const [k, v] of Object.entries(fields)) f.set(k, v);
	return f;
};

describe('comment and progress note limits', () => {
	it('refuses a section comment over the limit as too long, not as missing, and keeps the text', () => {
		const body = 'x'.repeat(STRATEGY_LIMITS.comment + 1);
		const r = parseForm(strategyCommentSchema, form({ section: 'measures', body }));
		expect(r).toEqual({
			ok: false,
			values: { section: 'measures', body },
			errors: { body: 'error.text_too_long' }
		});
		expect(translate('en', 'error.text_too_long', { max: STRATEGY_LIMITS.comment })).toBe(
			'This text is too long: it is over the 4,000-character limit.'
		);
		const exact = parseForm(strategyCommentSchema, form({ section: 'measures', body: body.slice(1) }));
		expect(exact.ok).toBe(true);
		const empty = parseForm(strategyCommentSchema, form({ section: 'measures', body: '  ' }));
		expect(empty).toMatchObject({ ok: false, errors: { body: 'error.required' } });
	});

	it('refuses a progress note over its limit and an unknown status', () => {
		const over = parseForm(
			progressNoteSchema,
			form({ measureId: 'm-a', body: 'y'.repeat(MAX_PROGRESS_NOTE + 1) })
		);
		expect(over).toMatchObject({ ok: false, errors: { body: 'error.text_too_long' } });
		const bad = parseForm(progressNoteSchema, form({ measureId: '../x', body: 'ok' }));
		expect(bad).toMatchObject({ ok: false, errors: { measureId: 'error.invalid' } });
	});
});
