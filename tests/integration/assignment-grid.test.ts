import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { cellName } from '../../src/lib/domain/assignment/cells';
import { parseForm } from '../../src/lib/domain/validation/form';
import { assignmentGridSchema } from '../../src/lib/domain/validation/assignment-grid-form';
import { assessmentRounds, auditLog, mailOutbox } from '../../src/lib/server/db/schema';
import { assignmentGrid, saveAssignmentGrid } from '../../src/lib/server/services/assignment-grid';
import { assignArea, listAssignments } from '../../src/lib/server/services/rounds';
import { otherTown, questionnaires, refusal, roundSetup } from './round-fixtures';

const names = (rows: Array<{ areaCode: string; name: string }>) =>
	rows.map((r) => `${r.areaCode}:${r.name}`).sort();
const assignAudit = (db: ReturnType<typeof roundSetup>['db']) =>
	db
		.select()
		.from(auditLog)
		.where(eq(auditLog.action, 'assign'))
		.all()
		.map((a) => ({ entityId: a.entityId, old: JSON.parse(a.oldValue!), new: JSON.parse(a.newValue!) }));

describe('the assignment grid', () => {
	it('shows answerable areas, the working group and the stored ticks to the coordinator only', () => {
		const { db, coordinator, member, leader, expert, round } = roundSetup();
		saveAssignmentGrid(db, questionnaires, coordinator, round.id, [{ area: 'a', userId: member.id }]);
		const grid = assignmentGrid(db, questionnaires, coordinator, round.id);
		// The composite lens is a mean of its sub-areas, so nobody is assigned to it.
		expect(grid.areas.map((a) => `${a.code}:${a.kind}`)).toEqual([
			'a:core',
			'l1:core',
			'l2:core',
			'opt:optional'
		]);
		expect(grid.people.map((p) => p.name)).toEqual(['Kaisa Coordinator', 'Mikko Member', 'Sara Member']);
		expect(grid.assigned).toEqual([cellName('a', member.id)]);
		expect(grid.canEdit).toBe(true);
		for (const who of [member, leader, expert, otherTown(db).coordinator])
			expect(refusal(() => assignmentGrid(db, questionnaires, who, round.id)).status).toBe(404);
	});

	it('assigns several areas to several people in one save, one audit entry per changed area', () => {
		const { db, coordinator, member, member2, round } = roundSetup();
		const changed = saveAssignmentGrid(db, questionnaires, coordinator, round.id, [
			{ area: 'a', userId: member.id },
			{ area: 'a', userId: member2.id },
			{ area: 'l1', userId: member.id },
			{ area: 'opt', userId: member2.id }
		]);
		expect(changed).toBe(3);
		expect(names(listAssignments(db, round.id))).toEqual([
			'a:Mikko Member',
			'a:Sara Member',
			'l1:Mikko Member',
			'opt:Sara Member'
		]);
		expect(assignAudit(db)).toEqual([
			{ entityId: `${round.id}:a`, old: [], new: [member.id, member2.id] },
			{ entityId: `${round.id}:l1`, old: [], new: [member.id] },
			{ entityId: `${round.id}:opt`, old: [], new: [member2.id] }
		]);
	});

	it('unassigns what is no longer ticked and leaves unchanged areas out of the audit log', () => {
		const { db, coordinator, member, member2, round } = roundSetup();
		saveAssignmentGrid(db, questionnaires, coordinator, round.id, [
			{ area: 'a', userId: member.id },
			{ area: 'l1', userId: member2.id }
		]);
		const before = assignAudit(db).length;
		const changed = saveAssignmentGrid(db, questionnaires, coordinator, round.id, [
			{ area: 'l1', userId: member2.id }
		]);
		expect(changed).toBe(1);
		expect(names(listAssignments(db, round.id))).toEqual(['l1:Sara Member']);
		expect(assignAudit(db).slice(before)).toEqual([{ entityId: `${round.id}:a`, old: [member.id], new: [] }]);
		expect(
			saveAssignmentGrid(db, questionnaires, coordinator, round.id, [{ area: 'l1', userId: member2.id }])
		).toBe(0);
		expect(assignAudit(db)).toHaveLength(before + 1);
	});

	it('refuses a person of another municipality, a leader and an unknown or composite area, writing nothing', () => {
		const { db, coordinator, member, leader, round } = roundSetup();
		const outsider = otherTown(db).coordinator;
		const attempts: Array<[{ area: string; userId: string }, string]> = [
			[{ area: 'a', userId: outsider.id }, 'error.assignee_not_member'],
			[{ area: 'a', userId: leader.id }, 'error.assignee_not_member'],
			[{ area: 'nope', userId: member.id }, 'error.area_unknown'],
			[{ area: 'lens', userId: member.id }, 'error.area_unknown']
		];
		for (const [bad, key] of attempts) {
			const e = refusal(() =>
				saveAssignmentGrid(db, questionnaires, coordinator, round.id, [
					{ area: 'l2', userId: member.id },
					bad
				])
			);
			expect([e.status, e.messageKey]).toEqual([400, key]);
		}
		expect(listAssignments(db, round.id)).toEqual([]);
		expect(assignAudit(db)).toEqual([]);
	});

	it('lets only the coordinator save, and only while the round is being answered', () => {
		const { db, coordinator, member, round } = roundSetup();
		const cells = [{ area: 'a', userId: member.id }];
		expect(refusal(() => saveAssignmentGrid(db, questionnaires, member, round.id, cells)).status).toBe(404);
		db.update(assessmentRounds).set({ status: 'submitted' }).where(eq(assessmentRounds.id, round.id)).run();
		const e = refusal(() => saveAssignmentGrid(db, questionnaires, coordinator, round.id, cells));
		expect([e.status, e.messageKey]).toEqual([409, 'error.assignment_closed']);
		expect(assignmentGrid(db, questionnaires, coordinator, round.id).canEdit).toBe(false);
		// The round page's per-area form is closed at the same stages.
		expect(
			refusal(() => assignArea(db, questionnaires, coordinator, round.id, 'a', [member.id])).status
		).toBe(409);
		expect(listAssignments(db, round.id)).toEqual([]);
	});

	it('queues a mail only to the people newly given an area', () => {
		const { db, coordinator, member, member2, round } = roundSetup();
		const mail = { origin: 'https://gri.example.fi', locale: 'en' as const };
		saveAssignmentGrid(db, questionnaires, coordinator, round.id, [{ area: 'a', userId: member.id }], mail);
		saveAssignmentGrid(
			db,
			questionnaires,
			coordinator,
			round.id,
			[
				{ area: 'a', userId: member.id },
				{ area: 'a', userId: member2.id }
			],
			mail
		);
		expect(
			db
				.select({ to: mailOutbox.to })
				.from(mailOutbox)
				.all()
				.map((m) => m.to)
		).toEqual([member.email, member2.email]);
	});
});

describe('the posted grid form', () => {
	const post = (fields: Record<string, string>) => {
		const form = new FormData();
		for (const [k, v] of Object.entries(fields)) form.append(k, v);
		return parseForm(assignmentGridSchema, form);
	};

	it('reads one cell per ticked checkbox and ignores other fields', () => {
		const result = post({ grid: '1', 'cell:a:abc234': 'on', 'cell:l1-x:zz7': 'on' });
		expect(result).toEqual({
			ok: true,
			data: [
				{ area: 'a', userId: 'abc234' },
				{ area: 'l1-x', userId: 'zz7' }
			]
		});
	});

	it('refuses a post without the grid marker, so that stray fields never unassign everyone', () => {
		const result = post({ area: 'a', 'cell:a:abc234': 'on' });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors).toEqual({ form: 'error.invalid' });
		expect(post({ grid: '1' })).toEqual({ ok: true, data: [] });
	});

	it('refuses a malformed cell name before the service runs', () => {
		const result = post({ grid: '1', 'cell:A B:x': 'on' });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors).toEqual({ form: 'error.invalid' });
	});
});
