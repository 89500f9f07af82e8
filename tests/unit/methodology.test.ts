import { describe, expect, it } from 'vitest';
import { methodologyModel } from '../../src/lib/domain/questionnaire/methodology';
import { loadQuestionnaireDir } from '../../src/lib/server/questionnaire-loader';

const mini = loadQuestionnaireDir('tests/fixtures/mini');

describe('methodologyModel', () => {
	const m = methodologyModel(mini);
	const area = (code: string) => m.areas.find((a) => a.code === code)!;

	it('states each area’s weight and its share of the overall index as the file sets them', () => {
		expect(area('a')).toMatchObject({ weight: 2, shareOfOverall: 66.7, scoredQuestions: 4, maxPoints: 10 });
		expect(area('lens')).toMatchObject({
			weight: 1,
			composite: true,
			shareOfOverall: 33.3,
			scoredQuestions: 2,
			maxPoints: 6
		});
		// Each of the two lens sub-areas carries half of the lens's share.
		expect(area('l1')).toMatchObject({ parent: 'lens', shareOfOverall: 16.7 });
		expect(area('opt')).toMatchObject({ kind: 'optional', shareOfOverall: null });
	});

	it('gives optional areas a share when the framework includes them', () => {
		const included = methodologyModel({
			...mini,
			framework: {
				...mini.framework,
				scoring: { ...mini.framework.scoring, include_optional_in_overall: true }
			}
		});
		expect(included.areas.find((a) => a.code === 'opt')!.shareOfOverall).toBe(25);
		expect(included.includeOptionalInOverall).toBe(true);
	});

	it('counts questions and maximum points per dimension', () => {
		expect(m.dimensions).toEqual([
			{ code: 'attitudes', questions: 2, maxPoints: 5 },
			{ code: 'safety', questions: 2, maxPoints: 6 },
			{ code: 'interaction', questions: 2, maxPoints: 5 },
			{ code: 'participation', questions: 2, maxPoints: 4 }
		]);
	});

	it('lists the yes/partly/no point scales in use and the peer bands of the file', () => {
		expect(m.yesPartlyNoPoints).toEqual([
			{ yes: 2, partly: 1, no: 0, questions: 3 },
			{ yes: 4, partly: 2, no: 0, questions: 1 }
		]);
		expect(m.bands.population.map((b) => [b.min, b.max])).toEqual([
			[0, 100000],
			[100000, undefined]
		]);
	});
});
