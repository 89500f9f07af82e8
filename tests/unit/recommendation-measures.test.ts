import { describe, expect, it } from 'vitest';
import { checkCoverage } from '../../src/lib/domain/recommendations/coverage';
import type { RecommendationLibrary } from '../../src/lib/domain/recommendations/library-schema';
import { loadAllQuestionnaires, loadQuestionnaireDir } from '../../src/lib/server/questionnaire-loader';

const versions = [...loadAllQuestionnaires('questionnaires').values()];
const library = versions[0]!.library!;

describe('measure templates of the recommendation library', () => {
	it('give every entry and group a commitment in the municipality’s own voice in en, fi and sv', () => {
		const measures = [
			...Object.values(library.templates).map((t) => t.measure),
			...Object.values(library.groups).map((g) => g.measure)
		];
		expect(measures.length).toBeGreaterThan(100);
		for (const m of measures) {
			expect(m?.title.en).toMatch(/^The municipality /);
			expect(m?.title.fi).toMatch(/^Kunta /);
			expect(m?.title.sv).toMatch(/^Kommunen /);
			// Never a measure to draft the plan that this document is.
			expect(m?.title.en).not.toMatch(
				/\b(draft|prepare)s? (a|an|its) (local )?integration (plan|programme)/i
			);
		}
	});

	it('cover every scored question of both questionnaire versions', () => {
		expect(versions.map((q) => q.framework.version).sort()).toEqual(['1.0', '1.1']);
		for (const q of versions) {
			expect(checkCoverage(q, library)).toEqual([]);
			for (const question of q.areas.flatMap((a) => a.questions)) {
				const template = library.templates[question.code];
				if (template?.levels.length) expect(template.measure, question.code).toBeDefined();
			}
		}
	});

	it('are required by a version with a strategy, and only by one', () => {
		const { measure: _dropped, ...withoutMeasure } = library.templates['adi-data']!;
		const broken: RecommendationLibrary = {
			...library,
			templates: { ...library.templates, 'adi-data': withoutMeasure }
		};
		const withStrategy = versions.find((q) => q.strategy)!;
		expect(checkCoverage(withStrategy, broken)).toEqual([
			expect.objectContaining({
				file: 'questionnaires/recommendations/anti-discrimination.yaml',
				path: 'adi-data',
				message: expect.stringContaining('has no measure title')
			})
		]);
		const unknownSector: RecommendationLibrary = {
			...library,
			templates: {
				...library.templates,
				'adi-data': {
					...withoutMeasure,
					measure: { ...library.templates['adi-data']!.measure!, sector: 'mayor' }
				}
			}
		};
		expect(checkCoverage(withStrategy, unknownSector)).toEqual([
			expect.objectContaining({ path: 'adi-data', message: expect.stringContaining("names sector 'mayor'") })
		]);
		const mini = loadQuestionnaireDir('tests/fixtures/mini');
		expect(mini.strategy).toBeUndefined();
		const { measure: _q1, ...q1 } = mini.library!.templates['q1']!;
		const miniLibrary = { ...mini.library!, templates: { ...mini.library!.templates, q1 } };
		expect(checkCoverage(mini, miniLibrary)).toEqual([]);
		expect(checkCoverage({ ...withStrategy, areas: [] }, miniLibrary)).toContainEqual(
			expect.objectContaining({ path: 'q1', message: expect.stringContaining('has no measure title') })
		);
	});
});
