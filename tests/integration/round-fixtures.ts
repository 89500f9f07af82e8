import { expect } from 'vitest';
import type { AnswerSave } from '../../src/lib/domain/answer-validation';
import type { AnswerValue } from '../../src/lib/domain/answers';
import type { SessionUser } from '../../src/lib/server/auth';
import type { Db } from '../../src/lib/server/db/client';
import { answers, auditLog } from '../../src/lib/server/db/schema';
import { loadQuestionnaireDir } from '../../src/lib/server/questionnaire-loader';
import { ServiceError } from '../../src/lib/server/services/errors';
import { openRound } from '../../src/lib/server/services/rounds';
import { addMunicipality, addUser, freshDb, grant } from '../helpers/db';

export const mini = loadQuestionnaireDir('tests/fixtures/mini');
export const shipped = loadQuestionnaireDir('questionnaires/gri-2026');
export const questionnaires = new Map([
	[mini.framework.id, mini],
	[shipped.framework.id, shipped]
]);

/** One municipality with a coordinator, two members, a leader and an expert, and an open round. */
export function roundSetup(questionnaireId: 'mini' | 'gri-2026' = 'mini') {
	const db = freshDb();
	const town = addMunicipality(db, { name: 'Koivuranta' });
	const person = (name: string, role: 'coordinator' | 'member' | 'leader' | 'expert') => {
		const user = addUser(db, { name });
		grant(db, user, town.id, role);
		return user;
	};
	const coordinator = person('Kaisa Coordinator', 'coordinator');
	const member = person('Mikko Member', 'member');
	const member2 = person('Sara Member', 'member');
	const leader = person('Lauri Leader', 'leader');
	const expert = person('Eeva Expert', 'expert');
	const round = openRound(db, questionnaires, coordinator, {
		municipalityId: town.id,
		questionnaireId,
		year: 2026
	});
	return { db, town, coordinator, member, member2, leader, expert, round };
}

/** A second municipality with its own coordinator and round. */
export function otherTown(db: Db): { coordinator: SessionUser; roundId: string; townId: string } {
	const town = addMunicipality(db, { name: 'Stormvik' });
	const coordinator = addUser(db, { name: 'Olli Other' });
	grant(db, coordinator, town.id, 'coordinator');
	const round = openRound(db, questionnaires, coordinator, {
		municipalityId: town.id,
		questionnaireId: 'mini',
		year: 2026
	});
	return { coordinator, roundId: round.id, townId: town.id };
}

export function refusal(fn: () => unknown): ServiceError {
	try {
		fn();
	} catch (e) {
		expect(e).toBeInstanceOf(ServiceError);
		return e as ServiceError;
	}
	throw new Error('expected a refusal');
}

/** Everything an answer save can change. */
export const answerState = (db: Db) => ({
	answers: db.select().from(answers).all(),
	audit: db.select().from(auditLog).all()
});

/** What an autosave sends for one value. */
export const save = (
	value: AnswerValue | null,
	baseVersion = 0,
	extra: Partial<AnswerSave> = {}
): AnswerSave => ({
	value,
	justification: '',
	evidence: [],
	baseVersion,
	...extra
});
