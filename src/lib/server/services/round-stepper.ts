import { can } from '../../domain/roles';
import type { RoundStatus } from '../../domain/round-status';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { prepared } from '../db/prepared';
import { rolesIn } from './access';

export interface StepperState {
	status: RoundStatus;
	anyAssigned: boolean;
}

/**
 * What the status stepper above every round page needs, in one small query (the layout runs it on every
 * round page, the answering page included). Null for rounds the user cannot see: the page itself decides
 * how to refuse, so the stepper never reveals a round's status to outsiders.
 */
export function roundStepper(db: Db, user: SessionUser, roundId: string): StepperState | null {
	const row = prepared<[string], { status: RoundStatus; municipality_id: string; assigned: number }>(
		db,
		`select status, municipality_id,
		   exists(select 1 from area_assignments where round_id = assessment_rounds.id) as assigned
		 from assessment_rounds where id = ?`
	).get(roundId);
	if (!row || !can(rolesIn(db, user, row.municipality_id), 'view_municipality')) return null;
	return { status: row.status, anyAssigned: row.assigned === 1 };
}
