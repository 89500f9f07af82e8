import { describe, expect, it } from 'vitest';
import { saveAnswer } from '../../src/lib/server/services/answers';
import { areaPage } from '../../src/lib/server/services/area-page';
import { HISTORY_PAGE } from '../../src/lib/server/services/answer-history';
import { questionnaires, roundSetup, save } from './round-fixtures';

/** An afternoon of changing one's mind: 25 saves of the same answer, alternating yes and no. */
function busyRound() {
	const setup = roundSetup();
	for (let i = 0; i < 25; i++) {
		const option = i % 2 === 0 ? 'full' : 'none';
		saveAnswer(
			setup.db,
			questionnaires,
			setup.member,
			setup.round.id,
			'q1',
			save({ kind: 'option', option }, i)
		);
	}
	return setup;
}

describe('answer history on the area page', () => {
	it('shows the latest changes, oldest of them first, and says how many there are in all', () => {
		const { db, member, round } = busyRound();
		const page = areaPage(db, questionnaires, member, round.id, 'a');
		const history = page.history['q1']!;
		expect(history.total).toBe(25);
		expect(history.changes).toHaveLength(HISTORY_PAGE);
		// The last save was the 25th (index 24): "full".
		expect(history.changes.at(-1)!.newValue!.value).toEqual({ kind: 'option', option: 'full' });
		expect(history.changes[0]!.oldValue).not.toBeNull();
	});

	it('gives the whole history of the question the reader asked for, and only of that one', () => {
		const { db, member, round } = busyRound();
		saveAnswer(db, questionnaires, member, round.id, 'q2', save({ kind: 'dont_know' }));
		const page = areaPage(db, questionnaires, member, round.id, 'a', 'q1');
		expect(page.history['q1']!.changes).toHaveLength(25);
		expect(page.history['q1']!.changes[0]!.oldValue).toBeNull();
		expect(page.history['q2']).toEqual({ changes: [expect.anything()], total: 1 });
	});
});
