import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createSession, generateToken, validateSessionToken } from '../../src/lib/server/auth';
import { areaAssignments, auditLog, memberships } from '../../src/lib/server/db/schema';
import { answerHistory, readAnswers, saveAnswer } from '../../src/lib/server/services/answers';
import { listMyMunicipalities } from '../../src/lib/server/services/municipalities';
import { assignArea, listAssignments } from '../../src/lib/server/services/rounds';
import {
	openAssignments,
	removeFromMunicipality,
	setGroupRole
} from '../../src/lib/server/services/working-group';
import { sessionEndReason } from '../../src/lib/server/session-endings';
import { grant } from '../helpers/db';
import { otherTown, questionnaires, refusal, roundSetup, save } from './round-fixtures';

const LIFETIME = { idleMs: 3_600_000, absoluteMs: 12 * 3_600_000 };
const signedIn = (db: ReturnType<typeof roundSetup>['db'], userId: string) => {
	const token = generateToken();
	createSession(db, token, userId, LIFETIME);
	return token;
};

describe('a coordinator removes someone from the working group', () => {
	it('keeps their answers and history under their name, unassigns their areas and signs them out', () => {
		const { db, coordinator, member, leader, round, town } = roundSetup();
		assignArea(db, questionnaires, coordinator, round.id, 'a', [member.id]);
		saveAnswer(db, questionnaires, member, round.id, 'q1', save({ kind: 'option', option: 'full' }));
		const token = signedIn(db, member.id);
		expect(openAssignments(db, questionnaires, coordinator, town.id)[member.id]).toEqual([
			{ roundId: round.id, year: 2026, areaCode: 'a', name: { en: 'Area A', fi: 'Alue A', sv: 'Område A' } }
		]);

		expect(removeFromMunicipality(db, coordinator, town.id, member.id)).toBe('Mikko Member');

		expect(listAssignments(db, round.id)).toEqual([]);
		expect(readAnswers(db, round.id).get('q1')?.version).toBe(1);
		expect(answerHistory(db, questionnaires, leader, round.id, 'q1').map((h) => h.by)).toEqual([
			'Mikko Member'
		]);
		// The next request from the member's browser is refused, and the sign-in page can say why.
		expect(validateSessionToken(db, token, LIFETIME).user).toBeNull();
		expect(sessionEndReason(db, token)).toBe('removed');
		expect(() => readAnswersAs(member)).toThrow('error.not_found');
		const audit = db.select().from(auditLog).where(eq(auditLog.action, 'remove_from_group')).get()!;
		expect(audit).toMatchObject({
			actorUserId: coordinator.id,
			municipalityId: town.id,
			entityId: member.id
		});
		expect(JSON.parse(audit.oldValue!)).toEqual({
			name: 'Mikko Member',
			roles: ['member'],
			unassigned: [{ roundId: round.id, areaCode: 'a' }]
		});

		function readAnswersAs(user: typeof member) {
			return answerHistory(db, questionnaires, user, round.id, 'q1');
		}
	});

	it('only forgets the cached roles of someone who still works in another municipality', () => {
		const { db, coordinator, member, town } = roundSetup();
		const stormvik = otherTown(db);
		grant(db, member, stormvik.townId, 'member');
		const token = signedIn(db, member.id);
		expect(listMyMunicipalities(db, member)).toHaveLength(2);
		removeFromMunicipality(db, coordinator, town.id, member.id);
		expect(validateSessionToken(db, token, LIFETIME).user?.id).toBe(member.id);
		expect(listMyMunicipalities(db, member).map((m) => m.municipality.name)).toEqual(['Stormvik']);
	});

	it('refuses to remove oneself or the last coordinator, and anyone to a member', () => {
		const { db, coordinator, member, member2, town } = roundSetup();
		const self = refusal(() => removeFromMunicipality(db, coordinator, town.id, coordinator.id));
		expect([self.status, self.messageKey]).toEqual([400, 'error.cannot_remove_self']);
		expect(refusal(() => removeFromMunicipality(db, member, town.id, member2.id)).status).toBe(404);

		// Another coordinator may remove this one, but not the last one left.
		grant(db, member2, town.id, 'coordinator');
		removeFromMunicipality(db, member2, town.id, coordinator.id);
		grant(db, member, town.id, 'coordinator');
		db.delete(memberships)
			.where(and(eq(memberships.userId, member.id), eq(memberships.role, 'coordinator')))
			.run();
		const admin = { ...member, isAdmin: true };
		const last = refusal(() => removeFromMunicipality(db, admin, town.id, member2.id));
		expect([last.status, last.messageKey]).toEqual([409, 'error.last_coordinator']);
		expect(db.select().from(memberships).where(eq(memberships.userId, member2.id)).all()).not.toEqual([]);
	});
});

describe('a coordinator changes a member to a leader and back', () => {
	it('moves the role, hands their areas back and audits both changes', () => {
		const { db, coordinator, member, round, town } = roundSetup();
		assignArea(db, questionnaires, coordinator, round.id, 'a', [member.id]);
		setGroupRole(db, coordinator, town.id, member.id, 'leader');
		const roles = () =>
			db
				.select({ role: memberships.role })
				.from(memberships)
				.where(and(eq(memberships.userId, member.id), eq(memberships.municipalityId, town.id)))
				.all()
				.map((r) => r.role);
		expect(roles()).toEqual(['leader']);
		// A leader does not answer, so the area is unassigned.
		expect(db.select().from(areaAssignments).all()).toEqual([]);
		setGroupRole(db, coordinator, town.id, member.id, 'member');
		expect(roles()).toEqual(['member']);
		expect(
			db
				.select({ old: auditLog.oldValue, new: auditLog.newValue })
				.from(auditLog)
				.where(eq(auditLog.action, 'change_role'))
				.all()
				.map((r) => [JSON.parse(r.old!).roles, JSON.parse(r.new!).roles])
		).toEqual([
			[['member'], ['leader']],
			[['leader'], ['member']]
		]);
		expect(refusal(() => setGroupRole(db, coordinator, town.id, member.id, 'member')).messageKey).toBe(
			'error.role_already_held'
		);
	});
});
