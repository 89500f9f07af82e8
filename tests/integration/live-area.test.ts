import { afterEach, describe, expect, it } from 'vitest';
import { liveHub, MAX_STREAMS_PER_USER } from '../../src/lib/server/live/live-hub';
import { autosaveAnswer, saveAnswer } from '../../src/lib/server/services/answers';
import { ServiceError } from '../../src/lib/server/services/errors';
import { openAreaStream } from '../../src/lib/server/services/live-area';
import { addMunicipality, addUser, grant } from '../helpers/db';
import { questionnaires, roundSetup } from './round-fixtures';

const aborts: AbortController[] = [];
afterEach(() => {
	for (const a of aborts.splice(0)) a.abort();
});

/** Opens a stream and returns a reader that collects its text until a pattern appears. */
function open(...args: Parameters<typeof openAreaStream> extends [...infer H, unknown] ? H : never) {
	const abort = new AbortController();
	aborts.push(abort);
	const response = openAreaStream(...args, abort.signal);
	const reader = response.body!.getReader();
	let text = '';
	return {
		response,
		async until(pattern: RegExp): Promise<string> {
			while (!pattern.test(text)) text += new TextDecoder().decode((await reader.read()).value);
			return text;
		}
	};
}

const yes = { kind: 'option', option: 'yes' } as const;

describe('openAreaStream', () => {
	it('streams a colleague’s answer once it is committed, with presence', async () => {
		const { db, member, member2, round } = roundSetup('gri-2026');
		const mikko = open(db, questionnaires, member, round.id, 'commitment', null);
		expect(mikko.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
		open(db, questionnaires, member2, round.id, 'commitment', null);
		await mikko.until(/"others":\["Sara Member"\]/);

		await autosaveAnswer(db, questionnaires, member2, round.id, 'com-public-statement', {
			value: yes,
			justification: 'Mayor’s speech',
			evidence: [],
			baseVersion: 0
		});
		const text = await mikko.until(/event: answer/);
		expect(text).toMatch(/"questionCode":"com-public-statement".*"version":1.*"updatedByName":"Sara Member"/);
		expect(text).not.toContain('updatedBy"'); // user ids stay on the server

		// The plain-form save is told too; a question of another area is not.
		saveAnswer(db, questionnaires, member2, round.id, 'edu-segregation', {
			value: null,
			justification: 'elsewhere',
			evidence: [],
			baseVersion: 0
		});
		saveAnswer(db, questionnaires, member2, round.id, 'com-public-statement', {
			value: yes,
			justification: 'second',
			evidence: [],
			baseVersion: 1
		});
		const after = await mikko.until(/"justification":"second"/);
		expect(after).not.toContain('elsewhere');
	});

	it('refuses people of other municipalities and unknown areas with 404', () => {
		const { db, round } = roundSetup('gri-2026');
		const other = addMunicipality(db, { name: 'Stormvik' });
		const stranger = addUser(db, { name: 'Olli Other' });
		grant(db, stranger, other.id, 'coordinator');
		const refusal = (f: () => unknown) => {
			try {
				f();
			} catch (e) {
				return e instanceof ServiceError ? e.status : e;
			}
			return 'opened';
		};
		expect(refusal(() => open(db, questionnaires, stranger, round.id, 'commitment', null))).toBe(404);
		expect(refusal(() => open(db, questionnaires, stranger, 'nosuchround', 'commitment', null))).toBe(404);
		const { member } = roundSetup('gri-2026');
		expect(refusal(() => open(db, questionnaires, member, round.id, 'no-such-area', null))).toBe(404);
	});

	it('refuses one person’s streams past the limit with 429, and makes room when one closes', () => {
		const { db, leader, round } = roundSetup('gri-2026');
		for (let i = 0; i < MAX_STREAMS_PER_USER; i++)
			open(db, questionnaires, leader, round.id, 'commitment', null);
		expect(() => open(db, questionnaires, leader, round.id, 'commitment', null)).toThrow(
			expect.objectContaining({ status: 429, messageKey: 'error.live_too_many' })
		);
		aborts[0]!.abort();
		expect(liveHub().hasRoomFor(leader.id)).toBe(true);
	});
});
