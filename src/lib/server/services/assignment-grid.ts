import { eq } from 'drizzle-orm';
import { cellName, type AssignmentCell } from '../../domain/assignment/cells';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { allowsAny } from '../../domain/round-permissions';
import { gridCellsSchema } from '../../domain/validation/assignment-grid-form';
import { isMessageKey } from '../../i18n/translate';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { areaAssignments, municipalities } from '../db/schema';
import type { MailContext } from '../mail/context';
import { assignablePeople, replaceAreaAssignees } from './area-assignees';
import { ServiceError } from './errors';
import { roundFor } from './round-access';
import { roundView } from './round-view';

type Questionnaires = ReadonlyMap<string, Questionnaire>;

/** Composite areas are means of their sub-areas: nobody answers them, so nobody is assigned to them. */
const answerable = (q: Questionnaire) => q.areas.filter((a) => !a.composite);

/** The grid page: answerable areas as rows, the working group as columns, the stored ticks. */
export function assignmentGrid(db: Db, questionnaires: Questionnaires, user: SessionUser, roundId: string) {
	const { round, roles, questionnaire } = roundFor(db, questionnaires, user, roundId, 'manage_working_group');
	const municipality = db
		.select({ name: municipalities.name, isDemo: municipalities.isDemo })
		.from(municipalities)
		.where(eq(municipalities.id, round.municipalityId))
		.get()!;
	const assigned = db
		.select({ areaCode: areaAssignments.areaCode, userId: areaAssignments.userId })
		.from(areaAssignments)
		.where(eq(areaAssignments.roundId, roundId))
		.all()
		.map((a) => cellName(a.areaCode, a.userId));
	return {
		round: roundView(round),
		municipality,
		areas: answerable(questionnaire).map((a) => ({
			code: a.code,
			name: a.name,
			kind: a.kind,
			parent: a.parent ?? null
		})),
		people: assignablePeople(db, round.municipalityId),
		assigned,
		canEdit: allowsAny(round.status, roles, 'assign_areas')
	};
}

/**
 * Stores the whole grid in one transaction: the ticked cells are who answers what. Every cell is checked
 * against the round before anything is written; each area whose people changed gets one audit entry, as
 * with the per-area form. Assignees outside the grid's columns (none today) are left as they are.
 * Returns how many areas changed.
 */
export function saveAssignmentGrid(
	db: Db,
	questionnaires: Questionnaires,
	user: SessionUser,
	roundId: string,
	cells: readonly AssignmentCell[],
	mail: MailContext | null = null
): number {
	const { round, roles, questionnaire } = roundFor(db, questionnaires, user, roundId, 'manage_working_group');
	if (!allowsAny(round.status, roles, 'assign_areas')) throw new ServiceError(409, 'error.assignment_closed');
	const areas = answerable(questionnaire);
	const people = assignablePeople(db, round.municipalityId).map((p) => p.userId);
	const parsed = gridCellsSchema(
		areas.map((a) => a.code),
		people
	).safeParse(cells);
	if (!parsed.success) {
		const message = parsed.error.issues[0]!.message;
		throw new ServiceError(400, isMessageKey(message) ? message : 'error.invalid');
	}
	const ticked = new Set(parsed.data.map((c) => cellName(c.area, c.userId)));
	const inGrid = new Set(people);
	return db.transaction((tx) => {
		const stored = tx
			.select({ areaCode: areaAssignments.areaCode, userId: areaAssignments.userId })
			.from(areaAssignments)
			.where(eq(areaAssignments.roundId, roundId))
			.all();
		let changed = 0;
		for (const area of areas) {
			const before = stored.filter((s) => s.areaCode === area.code).map((s) => s.userId);
			const after = [
				...before.filter((id) => !inGrid.has(id)),
				...people.filter((id) => ticked.has(cellName(area.code, id)))
			];
			if (after.length === before.length && after.every((id) => before.includes(id))) continue;
			replaceAreaAssignees(tx, user, round, area, before, after, mail);
			changed++;
		}
		return changed;
	});
}
