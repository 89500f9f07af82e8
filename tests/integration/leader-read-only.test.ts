import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { assessmentRounds, comments } from '../../src/lib/server/db/schema';
import { addComment, listComments } from '../../src/lib/server/services/comments';
import { getMunicipality } from '../../src/lib/server/services/municipalities';
import { addMunicipality, addUser, grant } from '../helpers/db';
import { questionnaires, refusal, roundSetup } from './round-fixtures';

const setStatus = (db: ReturnType<typeof roundSetup>['db'], id: string, status: 'submitted' | 'published') =>
	db.update(assessmentRounds).set({ status }).where(eq(assessmentRounds.id, id)).run();

describe('leaders on a draft round', () => {
	it('may read the discussion but not add to it, and nothing is written', () => {
		const { db, member, leader, round } = roundSetup();
		addComment(db, questionnaires, member, round.id, 'q1', 'Our first thought');
		expect(listComments(db, round.id).map((c) => c.body)).toEqual(['Our first thought']);

		const e = refusal(() => addComment(db, questionnaires, leader, round.id, 'q1', 'Change this'));
		expect([e.status, e.messageKey]).toEqual([403, 'error.draft_read_only']);
		expect(db.select().from(comments).all()).toHaveLength(1);
	});

	it('still lets the working group, the expert and an admin comment on the draft', () => {
		const { db, coordinator, member, expert, round } = roundSetup();
		const admin = addUser(db, { name: 'Ada Admin', isAdmin: true });
		for (const user of [coordinator, member, expert, admin])
			addComment(db, questionnaires, user, round.id, 'q1', `From ${user.name}`);
		expect(listComments(db, round.id)).toHaveLength(4);
	});

	it('lets someone who is a leader and a member comment as a member', () => {
		const { db, town, round } = roundSetup();
		const both = addUser(db, { name: 'Both Roles' });
		grant(db, both, town.id, 'leader');
		grant(db, both, town.id, 'member');
		expect(addComment(db, questionnaires, both, round.id, 'q1', 'As a member').author).toBe('Both Roles');
	});

	it('lets a leader comment once the round is submitted, and after it is published', () => {
		const { db, leader, round } = roundSetup();
		setStatus(db, round.id, 'submitted');
		addComment(db, questionnaires, leader, round.id, 'q1', 'Submitted: fine');
		setStatus(db, round.id, 'published');
		addComment(db, questionnaires, leader, round.id, 'q2', 'Published: thanks');
		expect(listComments(db, round.id).map((c) => c.author)).toEqual(['Lauri Leader', 'Lauri Leader']);
	});
});

describe('email addresses of the working group', () => {
	it('are shown to the coordinator of the municipality and to admins', () => {
		const { db, town, coordinator, member } = roundSetup();
		const admin = addUser(db, { isAdmin: true });
		for (const viewer of [coordinator, admin]) {
			const people = getMunicipality(db, viewer, town.id).workingGroup;
			expect(people.find((p) => p.userId === member.id)?.email).toBe(member.email);
			expect(people.every((p) => typeof p.email === 'string' && p.email.includes('@'))).toBe(true);
		}
	});

	it('are left out for members, leaders and the expert, who still see names and roles', () => {
		const { db, town, member, leader, expert, coordinator } = roundSetup();
		for (const viewer of [member, leader, expert]) {
			const people = getMunicipality(db, viewer, town.id).workingGroup;
			expect(people.map((p) => p.name)).toContain(coordinator.name);
			expect(people.find((p) => p.userId === coordinator.id)?.roles).toEqual(['coordinator']);
			expect(people.some((p) => 'email' in p)).toBe(false);
			expect(JSON.stringify(people)).not.toContain('@');
		}
	});

	it('are left out for someone who coordinates another municipality but is only a member here', () => {
		const { db, town } = roundSetup();
		const person = addUser(db, { name: 'Two Towns' });
		grant(db, person, addMunicipality(db, { name: 'Stormvik' }).id, 'coordinator');
		grant(db, person, town.id, 'member');
		expect(getMunicipality(db, person, town.id).workingGroup.some((p) => 'email' in p)).toBe(false);
	});
});
