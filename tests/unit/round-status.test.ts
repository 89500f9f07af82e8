import { describe, expect, it } from 'vitest';
import { ROLE_ORDER, type Role } from '../../src/lib/domain/roles';
import {
	allows,
	allowsAny,
	permissionsFor,
	ROUND_ACTIONS,
	stageAllows,
	type RoundAction
} from '../../src/lib/domain/round-permissions';
import {
	canTransition,
	isAwaitingReview,
	isEditable,
	isPublished,
	isUnderReview,
	ROUND_STATUSES,
	TRANSITION_ACTIONS,
	transitionFor,
	type RoundStatus,
	type TransitionAction
} from '../../src/lib/domain/round-status';

/*
 * Written out by hand from what the services and pages enforce, not computed from the model, so that
 * a changed rule fails here until someone decides the change is intended.
 */
const NOBODY: Role[] = [];
const MANAGERS: Role[] = ['admin', 'coordinator'];
const WORKING_GROUP: Role[] = ['coordinator', 'member'];
const EXPERT: Role[] = ['expert'];
const READERS: Role[] = ['coordinator', 'expert', 'member', 'leader'];
const EVERYONE: Role[] = ['admin', 'coordinator', 'expert', 'member', 'leader'];

const EXPECTED: Record<RoundAction, Record<RoundStatus, Role[]>> = {
	submit: { draft: MANAGERS, submitted: NOBODY, in_review: NOBODY, published: NOBODY },
	reopen: { draft: NOBODY, submitted: MANAGERS, in_review: NOBODY, published: NOBODY },
	start_review: { draft: NOBODY, submitted: EXPERT, in_review: NOBODY, published: NOBODY },
	return: { draft: NOBODY, submitted: NOBODY, in_review: EXPERT, published: NOBODY },
	publish: { draft: NOBODY, submitted: NOBODY, in_review: EXPERT, published: NOBODY },
	answer: { draft: WORKING_GROUP, submitted: NOBODY, in_review: NOBODY, published: NOBODY },
	// Leaders read a draft but join the discussion only once the group has submitted.
	comment: {
		draft: ['admin', 'coordinator', 'expert', 'member'],
		submitted: EVERYONE,
		in_review: EVERYONE,
		published: EVERYONE
	},
	assign_areas: { draft: MANAGERS, submitted: NOBODY, in_review: NOBODY, published: NOBODY },
	assess: { draft: NOBODY, submitted: NOBODY, in_review: EXPERT, published: NOBODY },
	edit_recommendations: { draft: NOBODY, submitted: NOBODY, in_review: EXPERT, published: NOBODY },
	correct_results: { draft: NOBODY, submitted: NOBODY, in_review: NOBODY, published: EXPERT },
	set_visibility: { draft: MANAGERS, submitted: MANAGERS, in_review: MANAGERS, published: MANAGERS },
	read_report: { draft: NOBODY, submitted: NOBODY, in_review: EXPERT, published: READERS },
	read_recommendations: { draft: EXPERT, submitted: EXPERT, in_review: EXPERT, published: READERS },
	compare: { draft: READERS, submitted: READERS, in_review: READERS, published: READERS },
	read_strategy: { draft: NOBODY, submitted: NOBODY, in_review: NOBODY, published: READERS },
	// The admin manages the working group but cannot read results, and drafting needs both.
	edit_strategy: { draft: NOBODY, submitted: NOBODY, in_review: NOBODY, published: ['coordinator'] },
	comment_strategy: {
		draft: NOBODY,
		submitted: NOBODY,
		in_review: NOBODY,
		published: ['coordinator', 'leader']
	},
	export_answers: { draft: EVERYONE, submitted: EVERYONE, in_review: EVERYONE, published: EVERYONE }
};

/** [from, to, the roles that may make the change] for every change there is; all others are refused. */
const EXPECTED_TRANSITIONS: Array<[RoundStatus, RoundStatus, Role[]]> = [
	['draft', 'submitted', MANAGERS],
	['submitted', 'draft', MANAGERS],
	['submitted', 'in_review', EXPERT],
	['in_review', 'draft', EXPERT],
	['in_review', 'published', EXPERT]
];

const EXPECTED_STEPS: Record<TransitionAction, [RoundStatus, RoundStatus]> = {
	submit: ['draft', 'submitted'],
	reopen: ['submitted', 'draft'],
	start_review: ['submitted', 'in_review'],
	return: ['in_review', 'draft'],
	publish: ['in_review', 'published']
};

const sorted = (roles: readonly Role[]) => [...roles].sort();

describe('round permissions', () => {
	it('has an expectation for every action, and nothing else', () => {
		expect([...ROUND_ACTIONS].sort()).toEqual(Object.keys(EXPECTED).sort());
	});

	for (const action of ROUND_ACTIONS) {
		it(`lets exactly the expected roles ${action} at each status`, () => {
			const actual = Object.fromEntries(
				ROUND_STATUSES.map((s) => [s, sorted(ROLE_ORDER.filter((role) => allows(s, role, action)))])
			);
			const expected = Object.fromEntries(ROUND_STATUSES.map((s) => [s, sorted(EXPECTED[action][s])]));
			expect(actual).toEqual(expected);
		});
	}

	it('opens a stage to an action exactly when some role may do it then', () => {
		for (const action of ROUND_ACTIONS)
			for (const s of ROUND_STATUSES)
				expect([action, s, stageAllows(s, action)]).toEqual([action, s, EXPECTED[action][s].length > 0]);
	});

	it('gives nobody anything without roles', () => {
		for (const action of ROUND_ACTIONS)
			for (const s of ROUND_STATUSES)
				expect([action, s, allowsAny(s, [], action)]).toEqual([action, s, false]);
	});

	it('combines roles that each bring one of the permissions an action needs', () => {
		expect(allows('published', 'admin', 'edit_strategy')).toBe(false);
		expect(allows('published', 'leader', 'edit_strategy')).toBe(false);
		expect(allowsAny('published', ['admin', 'leader'], 'edit_strategy')).toBe(true);
		expect(allowsAny('in_review', ['member', 'expert'], 'answer')).toBe(false);
		expect(allowsAny('draft', ['member', 'expert'], 'answer')).toBe(true);
	});

	it('lists every action for a page, agreeing with allowsAny', () => {
		const roles: Role[] = ['coordinator', 'expert'];
		for (const s of ROUND_STATUSES) {
			const can = permissionsFor(s, roles);
			expect(Object.keys(can).sort()).toEqual([...ROUND_ACTIONS].sort());
			for (const action of ROUND_ACTIONS) expect(can[action]).toBe(allowsAny(s, roles, action));
		}
	});
});

describe('round transitions', () => {
	for (const from of ROUND_STATUSES)
		for (const to of ROUND_STATUSES)
			it(`allows ${from} -> ${to} only for the expected roles`, () => {
				const expected = EXPECTED_TRANSITIONS.find(([f, t]) => f === from && t === to)?.[2] ?? NOBODY;
				expect(sorted(ROLE_ORDER.filter((role) => canTransition(from, to, role)))).toEqual(sorted(expected));
			});

	it('finds each action step only from its own status', () => {
		for (const action of TRANSITION_ACTIONS)
			for (const from of ROUND_STATUSES) {
				const step = transitionFor(from, action);
				const [stepFrom, stepTo] = EXPECTED_STEPS[action];
				expect([action, from, step?.to ?? null]).toEqual([action, from, from === stepFrom ? stepTo : null]);
			}
	});

	it('never leaves published: corrections are not status changes', () => {
		for (const to of ROUND_STATUSES)
			for (const role of ROLE_ORDER) expect(canTransition('published', to, role)).toBe(false);
	});
});

describe('status predicates', () => {
	it('each name exactly one status', () => {
		const holds = (p: (s: RoundStatus) => boolean) => ROUND_STATUSES.filter(p);
		expect(holds(isEditable)).toEqual(['draft']);
		expect(holds(isAwaitingReview)).toEqual(['submitted']);
		expect(holds(isUnderReview)).toEqual(['in_review']);
		expect(holds(isPublished)).toEqual(['published']);
	});

	it('agree with the permission table where pages use them in its place', () => {
		for (const s of ROUND_STATUSES) {
			expect(isEditable(s)).toBe(stageAllows(s, 'answer'));
			expect(isUnderReview(s)).toBe(stageAllows(s, 'assess'));
			expect(isAwaitingReview(s)).toBe(stageAllows(s, 'start_review'));
			expect(isPublished(s)).toBe(stageAllows(s, 'correct_results'));
		}
	});
});
