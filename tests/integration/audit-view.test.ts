import { describe, expect, it } from 'vitest';
import { auditQuerySchema } from '../../src/lib/domain/validation/people-forms';
import { auditLog } from '../../src/lib/server/db/schema';
import { AUDIT_PAGE_SIZE, auditPage } from '../../src/lib/server/services/audit-view';
import { assignArea } from '../../src/lib/server/services/rounds';
import { addUser } from '../helpers/db';
import { otherTown, questionnaires, refusal, roundSetup } from './round-fixtures';

function setup() {
	const s = roundSetup();
	const admin = addUser(s.db, { name: 'Ada Admin', isAdmin: true });
	const stormvik = otherTown(s.db);
	const page = (query: Record<string, string> = {}) => auditPage(s.db, admin, auditQuerySchema.parse(query));
	return { ...s, admin, stormvik, page };
}

describe('the audit view', () => {
	it('shows the newest first, with names instead of ids and values in words', () => {
		const { db, coordinator, member, member2, round, page } = setup();
		assignArea(db, questionnaires, coordinator, round.id, 'a', [member.id, member2.id]);
		const { entries, total } = page();
		expect(total).toBe(3);
		expect(entries.map((e) => e.action)).toEqual(['assign', 'open', 'open']);
		expect(entries[0]).toMatchObject({
			actor: 'Kaisa Coordinator',
			municipality: 'Koivuranta',
			entity: 'area_assignment',
			changes: [{ key: '', old: '–', new: 'Mikko Member, Sara Member' }]
		});
		expect(entries[1]!.changes).toEqual([
			{ key: 'year', old: null, new: '2026' },
			{ key: 'questionnaire', old: null, new: 'mini' }
		]);
	});

	it('filters by municipality, person, action and dates', () => {
		const { db, coordinator, member, round, town, stormvik, page } = setup();
		assignArea(db, questionnaires, coordinator, round.id, 'a', [member.id]);
		db.insert(auditLog)
			.values({
				actorUserId: member.id,
				action: 'sign_in',
				entity: 'user',
				entityId: member.id,
				createdAt: new Date('2025-12-31T23:00:00Z')
			})
			.run();
		const actions = (q: Record<string, string>) => page(q).entries.map((e) => e.action);
		expect(actions({ municipality: stormvik.townId })).toEqual(['open']);
		expect(actions({ municipality: town.id })).toEqual(['assign', 'open']);
		expect(actions({ user: 'kaisa' })).toEqual(['assign', 'open']);
		// What a person did and what was done to their account.
		expect(actions({ user: 'Mikko' })).toEqual(['sign_in']);
		expect(actions({ action: 'open' })).toEqual(['open', 'open']);
		expect(actions({ to: '2025-12-31' })).toEqual(['sign_in']);
		expect(actions({ from: '2026-01-01' })).toEqual(['assign', 'open', 'open']);
		expect(actions({ user: 'nobody-like-this' })).toEqual([]);
		expect(page({ from: 'not a date' }).total).toBe(4);
		expect(page().options.actions).toEqual(['assign', 'open', 'sign_in']);
	});

	it('pages by 50, keeping the order', () => {
		const { db, admin, page } = setup();
		db.insert(auditLog)
			.values(
				Array.from({ length: 120 }, (_, i) => ({
					actorUserId: admin.id,
					action: 'test',
					entity: 'thing',
					entityId: String(i)
				}))
			)
			.run();
		const first = page({ action: 'test' });
		expect([first.total, first.pages, first.entries.length]).toEqual([120, 3, AUDIT_PAGE_SIZE]);
		expect(first.entries[0]!.subject).toBe('119');
		const last = page({ action: 'test', page: '3' });
		expect(last.entries.map((e) => e.subject)).toEqual(Array.from({ length: 20 }, (_, i) => String(19 - i)));
		expect(page({ action: 'test', page: '99' }).page).toBe(3);
	});

	it('is for admins only', () => {
		const { db, coordinator } = setup();
		expect(refusal(() => auditPage(db, coordinator, {} as never)).status).toBe(404);
	});
});
