import { describe, expect, it } from 'vitest';
import { can, ROLE_ORDER, sortRoles, type Permission, type Role } from '../../src/lib/domain/roles';

const PERMISSIONS: Permission[] = [
	'view_municipality',
	'manage_working_group',
	'answer',
	'review',
	'read_results',
	'comment_strategy',
	'manage_platform',
	'discuss_answers'
];

/** What each role alone may do, as the product describes the roles. */
const EXPECTED: Record<Role, Permission[]> = {
	admin: ['view_municipality', 'manage_working_group', 'manage_platform', 'discuss_answers'],
	coordinator: [
		'view_municipality',
		'manage_working_group',
		'answer',
		'read_results',
		'comment_strategy',
		'discuss_answers'
	],
	member: ['view_municipality', 'answer', 'read_results', 'discuss_answers'],
	expert: ['view_municipality', 'review', 'read_results', 'discuss_answers'],
	leader: ['view_municipality', 'read_results', 'comment_strategy']
};

describe('can', () => {
	for (const role of ROLE_ORDER) {
		it(`grants a ${role} exactly its permissions`, () => {
			const granted = PERMISSIONS.filter((p) => can([role], p));
			expect(granted).toEqual(EXPECTED[role]);
		});
	}

	it('lets a member answer but not manage the working group or review', () => {
		expect(can(['member'], 'answer')).toBe(true);
		expect(can(['member'], 'manage_working_group')).toBe(false);
		expect(can(['member'], 'review')).toBe(false);
	});

	it('lets an expert review but not answer', () => {
		expect(can(['expert'], 'review')).toBe(true);
		expect(can(['expert'], 'answer')).toBe(false);
	});

	it('lets a leader read results and comment on strategy but not answer', () => {
		expect(can(['leader'], 'read_results')).toBe(true);
		expect(can(['leader'], 'comment_strategy')).toBe(true);
		expect(can(['leader'], 'answer')).toBe(false);
	});

	it('lets a coordinator manage the working group and only an admin manage the platform', () => {
		expect(can(['coordinator'], 'manage_working_group')).toBe(true);
		expect(can(['admin'], 'manage_platform')).toBe(true);
		expect(can(['coordinator', 'member', 'expert', 'leader'], 'manage_platform')).toBe(false);
	});

	it('grants nothing without roles', () => {
		for (const p of PERMISSIONS) expect(can([], p)).toBe(false);
	});

	it('combines the permissions of several roles', () => {
		expect(can(['member', 'expert'], 'answer')).toBe(true);
		expect(can(['member', 'expert'], 'review')).toBe(true);
		expect(can(['leader', 'expert'], 'answer')).toBe(false);
	});
});

describe('sortRoles', () => {
	it('orders by responsibility: admin, coordinator, expert, member, leader', () => {
		expect(sortRoles(['leader', 'member', 'expert', 'admin', 'coordinator'])).toEqual([
			'admin',
			'coordinator',
			'expert',
			'member',
			'leader'
		]);
	});

	it('removes duplicates and accepts any iterable', () => {
		expect(sortRoles(new Set<Role>(['member', 'expert']))).toEqual(['expert', 'member']);
		expect(sortRoles(['member', 'leader', 'member', 'leader'])).toEqual(['member', 'leader']);
		expect(sortRoles([])).toEqual([]);
	});
});
