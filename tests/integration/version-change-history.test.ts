import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { answerMap } from '../../src/lib/domain/answers';
import { changeSince } from '../../src/lib/domain/comparison/compare';
import { notComparable } from '../../src/lib/domain/questionnaire/versions';
import { scoreAnswers } from '../../src/lib/domain/scoring';
import { assessmentRounds } from '../../src/lib/server/db/schema';
import { loadAllQuestionnaires } from '../../src/lib/server/questionnaire-loader';
import { saveAnswer } from '../../src/lib/server/services/answers';
import { ownSide, roundHistory } from '../../src/lib/server/services/comparison-own';
import { openRound } from '../../src/lib/server/services/rounds';
import { addMunicipality, addUser, freshDb, grant } from '../helpers/db';
import { save } from './round-fixtures';

const all = loadAllQuestionnaires('questionnaires');
const v10 = all.get('gri-2026')!;

describe('round-to-round change across questionnaire versions', () => {
	it('lists the areas whose questions changed, the lens and the overall as not comparable', () => {
		const codes = notComparable(all, 'gri-2026', 'gri-2026-v1-1');
		expect(codes).toEqual(expect.arrayContaining(['commitment', 'welcoming', 'lens', 'overall']));
		expect(codes).not.toContain('neighbourhoods');
		expect(codes).not.toContain('mediation');
		expect(notComparable(all, 'gri-2026-v1-1', 'gri-2026-v1-1')).toEqual([]);
	});

	it('shows change from a published 1.0 round only for the areas that stayed the same', () => {
		const db = freshDb();
		const town = addMunicipality(db, { name: 'Koivuranta' });
		const coordinator = addUser(db, { name: 'Kaisa Coordinator' });
		grant(db, coordinator, town.id, 'coordinator');
		const old = openRound(db, new Map([['gri-2026', v10]]), coordinator, {
			municipalityId: town.id,
			questionnaireId: 'gri-2026',
			year: 2025
		});
		// 2025 on 1.0: neighbourhoods 2 of 15 (nbh-encounters yes), commitment 3 of 14.
		const oldScores = scoreAnswers(
			v10,
			answerMap({
				'nbh-encounters': { kind: 'option', option: 'yes' },
				'com-integration-plan': { kind: 'option', option: 'adopted-funded' }
			})
		);
		db.update(assessmentRounds)
			.set({
				status: 'published',
				frozenScores: JSON.stringify({ questionnaireId: 'gri-2026', version: '1.0', scores: oldScores })
			})
			.where(eq(assessmentRounds.id, old.id))
			.run();
		const current = openRound(db, all, coordinator, {
			municipalityId: town.id,
			questionnaireId: 'gri-2026-v1-1',
			year: 2026
		});
		// 2026 on 1.1: neighbourhoods 4 of 15 (two yes answers), commitment 3 of 14 again.
		for (const code of ['nbh-encounters', 'nbh-resident-involvement'])
			saveAnswer(db, all, coordinator, current.id, code, save({ kind: 'option', option: 'yes' }));
		saveAnswer(
			db,
			all,
			coordinator,
			current.id,
			'com-integration-plan',
			save({ kind: 'option', option: 'adopted-funded' })
		);

		const side = ownSide(db, all, coordinator, current.id);
		const history = roundHistory(db, side, all);
		expect(history.map((h) => h.year)).toEqual([2025, 2026]);
		const previous = history[0]!;
		expect(previous.notComparable).toEqual(expect.arrayContaining(['commitment', 'overall']));
		expect(previous.areas.commitment).toBeNull();
		expect(previous.overall).toBeNull();
		expect(previous.areas.neighbourhoods).toBe(13.3);

		const change = changeSince(side.own, previous, Object.keys(side.own.areas));
		expect(change.areas.neighbourhoods).toBe(13.4); // 26.7 - 13.3
		expect(change.areas.commitment).toBeNull();
		expect(change.overall).toBeNull();
	});
});
