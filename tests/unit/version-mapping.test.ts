import { describe, expect, it } from 'vitest';
import { comparableAreas, mappingProblems } from '../../src/lib/domain/questionnaire/mapping';
import type { Question, Questionnaire } from '../../src/lib/domain/questionnaire/schema';
import { loadAllQuestionnaires } from '../../src/lib/server/questionnaire-loader';

const all = loadAllQuestionnaires('questionnaires');
const v10 = all.get('gri-2026')!;
const v11 = all.get('gri-2026-v1-1')!;
const codes = (q: Questionnaire) => q.areas.flatMap((a) => a.questions.map((x) => x.code));
const byCode = (q: Questionnaire) => new Map(q.areas.flatMap((a) => a.questions.map((x) => [x.code, x])));

/** What decides the points of an answer: equal for a question the mapping calls "same". */
function scoring(q: Question) {
	return {
		type: q.type,
		options: 'options' in q ? q.options.map((o) => [o.code, o.points, o.exclusive ?? false]) : null,
		points: 'points' in q ? q.points : null,
		cap: 'cap' in q ? q.cap : null,
		show_if: q.show_if ?? null,
		na: q.allow_not_applicable
	};
}

describe('mapping from questionnaire 1.0 to 1.1', () => {
	const mapping = v11.mapping!;

	it('maps every 1.0 question and accounts for every 1.1 question', () => {
		expect(v11.framework.supersedes).toBe('gri-2026');
		expect(Object.keys(mapping.questions).sort()).toEqual(codes(v10).sort());
		const kept = Object.entries(mapping.questions)
			.filter(([, e]) => e.status !== 'removed')
			.map(([c]) => c);
		expect([...kept, ...Object.keys(mapping.new)].sort()).toEqual(codes(v11).sort());
		expect(mappingProblems('mapping.yaml', v10, v11)).toEqual([]);
	});

	it('calls a question "same" only when it is scored exactly as before, and "changed" when it is not', () => {
		const before = byCode(v10);
		const after = byCode(v11);
		for (const [code, entry] of Object.entries(mapping.questions)) {
			if (entry.status === 'removed') continue;
			const same = JSON.stringify(scoring(before.get(code)!)) === JSON.stringify(scoring(after.get(code)!));
			if (entry.status === 'same') expect(same, code).toBe(true);
		}
		expect(mapping.questions['com-plan-content']!.status).toBe('changed');
		expect(mapping.questions['wel-civic-orientation']!.status).toBe('removed');
	});

	it('reports an unmapped question and a question neither kept nor new', () => {
		const broken: Questionnaire = {
			...v11,
			mapping: {
				...mapping,
				questions: Object.fromEntries(
					Object.entries(mapping.questions).filter(([c]) => c !== 'nbh-encounters')
				),
				new: Object.fromEntries(Object.entries(mapping.new).filter(([c]) => c !== 'adi-roma-sami'))
			}
		};
		const messages = mappingProblems('mapping.yaml', v10, broken).map((i) => i.message);
		expect(messages).toContain("question 'nbh-encounters' of gri-2026 is not mapped");
		expect(messages).toContain("question 'nbh-encounters' is neither mapped nor listed as new");
		expect(messages).toContain("question 'adi-roma-sami' is neither mapped nor listed as new");
	});

	it('flags areas whose scored questions changed as not comparable, and the lens when any sub-area is', () => {
		const comparable = comparableAreas(v10, v11);
		expect(comparable.has('neighbourhoods')).toBe(true);
		expect(comparable.has('mediation')).toBe(true);
		expect(comparable.has('commitment')).toBe(false); // com-plan-content got a condition
		expect(comparable.has('anti-discrimination')).toBe(false); // adi-roma-sami is new
		expect(comparable.has('public-space')).toBe(false); // spc-safety-data removed
		expect(comparable.has('lens')).toBe(false);
	});
});
