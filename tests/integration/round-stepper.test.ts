import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { assessmentRounds } from '../../src/lib/server/db/schema';
import { assignArea } from '../../src/lib/server/services/rounds';
import { roundStepper } from '../../src/lib/server/services/round-stepper';
import { addUser } from '../helpers/db';
import { otherTown, questionnaires, roundSetup } from './round-fixtures';

describe('the status stepper above every round page', () => {
	it('follows the round from assigning to answering to review, for everyone in the municipality', () => {
		const { db, coordinator, member, leader, expert, round } = roundSetup();
		for (const user of [coordinator, member, leader, expert])
			expect(roundStepper(db, user, round.id)).toEqual({ status: 'draft', anyAssigned: false });

		assignArea(db, questionnaires, coordinator, round.id, 'a', [member.id]);
		expect(roundStepper(db, member, round.id)).toEqual({ status: 'draft', anyAssigned: true });

		db.update(assessmentRounds).set({ status: 'in_review' }).where(eq(assessmentRounds.id, round.id)).run();
		expect(roundStepper(db, leader, round.id)?.status).toBe('in_review');
	});

	it('tells outsiders nothing, not even whether the round exists', () => {
		const { db, round } = roundSetup();
		const other = otherTown(db);
		const stranger = addUser(db, { name: 'Stranger' });
		expect(roundStepper(db, other.coordinator, round.id)).toBeNull();
		expect(roundStepper(db, stranger, round.id)).toBeNull();
		expect(roundStepper(db, stranger, 'no-such-round')).toBeNull();
		const admin = addUser(db, { name: 'Ada Admin', isAdmin: true });
		expect(roundStepper(db, admin, round.id)?.status).toBe('draft');
	});
});
