import { describe, expect, it } from 'vitest';
import { mergeEditedTexts, resolveRecommendationText } from '../../src/lib/domain/recommendations/resolve';

const template = {
	en: 'Adopt a plan.',
	fi: 'Kunnan kannattaa hyväksyä suunnitelma.',
	sv: 'Kommunen bör anta en plan.'
};

describe('resolving a recommendation for a reader', () => {
	it('shows the template in the reader’s language when the expert wrote nothing', () => {
		expect(resolveRecommendationText({}, template, 'sv')).toEqual({
			text: 'Kommunen bör anta en plan.',
			language: 'sv',
			fallback: false
		});
	});

	it('shows the expert’s own text in the reader’s language first', () => {
		expect(resolveRecommendationText({ sv: 'Egen text', fi: 'Oma teksti' }, template, 'sv')).toEqual({
			text: 'Egen text',
			language: 'sv',
			fallback: false
		});
	});

	it('shows text edited only in Finnish to a Swedish reader, marked as a fallback', () => {
		expect(resolveRecommendationText({ fi: 'Oma teksti' }, template, 'sv', ['sv', 'fi'])).toEqual({
			text: 'Oma teksti',
			language: 'fi',
			fallback: true
		});
	});

	it('falls back in the municipality’s language order when several other languages have text', () => {
		const texts = { fi: 'Oma teksti', sv: 'Egen text' };
		expect(resolveRecommendationText(texts, null, 'en', ['sv', 'fi']).language).toBe('sv');
		expect(resolveRecommendationText(texts, null, 'en', ['fi']).language).toBe('fi');
	});
});

describe('storing what the expert submitted', () => {
	it('stores nothing when every submitted field still equals the template', () => {
		expect(mergeEditedTexts({}, { en: 'Adopt a plan.', fi: ` ${template.fi}\n` }, template)).toEqual({});
	});

	it('stores only the language that was changed, under that language', () => {
		expect(mergeEditedTexts({}, { en: 'Adopt a plan.', fi: 'Uusi teksti' }, template)).toEqual({
			fi: 'Uusi teksti'
		});
	});

	it('keeps languages that were not submitted and drops a field emptied or set back to the template', () => {
		const before = { fi: 'Oma', sv: 'Egen', en: 'Own' };
		expect(mergeEditedTexts(before, { sv: '', en: 'Adopt a plan.' }, template)).toEqual({ fi: 'Oma' });
	});
});
