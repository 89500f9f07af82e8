import type { Role } from './roles';
import type { RoundStatus } from './round-status';

/** Where the one button of a dashboard card leads. */
export type StepTarget = 'round' | 'area' | 'review' | 'results' | 'report';

export interface NextStep {
	/** The message key of the advice, `journeys.next.<role>.<status>` (or `.unassigned`). */
	key:
		| `journeys.next.${'expert' | 'coordinator' | 'leader'}.${RoundStatus}`
		| `journeys.next.member.${RoundStatus | 'unassigned'}`;
	target: StepTarget;
	/** Nothing moves until this person acts. */
	waits: boolean;
}

type GroupRole = Exclude<Role, 'admin'>;

function stepFor(role: GroupRole, status: RoundStatus, myAreas: number): NextStep {
	switch (role) {
		case 'expert':
			if (status === 'submitted')
				return { key: 'journeys.next.expert.submitted', target: 'review', waits: true };
			if (status === 'in_review')
				return { key: 'journeys.next.expert.in_review', target: 'review', waits: true };
			if (status === 'published')
				return { key: 'journeys.next.expert.published', target: 'report', waits: false };
			return { key: 'journeys.next.expert.draft', target: 'round', waits: false };
		case 'coordinator':
			if (status === 'published')
				return { key: 'journeys.next.coordinator.published', target: 'results', waits: true };
			return { key: `journeys.next.coordinator.${status}`, target: 'round', waits: status === 'draft' };
		case 'member':
			if (status === 'draft' && myAreas > 0)
				return { key: 'journeys.next.member.draft', target: 'area', waits: true };
			if (status === 'draft')
				return { key: 'journeys.next.member.unassigned', target: 'round', waits: false };
			if (status === 'published')
				return { key: 'journeys.next.member.published', target: 'report', waits: false };
			return { key: `journeys.next.member.${status}`, target: 'round', waits: false };
		case 'leader':
			if (status === 'published')
				return { key: 'journeys.next.leader.published', target: 'results', waits: true };
			return { key: `journeys.next.leader.${status}`, target: 'round', waits: false };
	}
}

/** The order in which a person's roles decide their advice when they hold several in one municipality. */
const PRIORITY: GroupRole[] = ['expert', 'coordinator', 'member', 'leader'];

/**
 * A person's next step on one round, from its status and their roles there: the first of their roles whose
 * step waits for them, else the step of their most active role. Null for someone without a group role.
 */
export function nextStep(status: RoundStatus, roles: readonly Role[], myAreas = 0): NextStep | null {
	const mine = PRIORITY.filter((r) => roles.includes(r));
	if (mine.length === 0) return null;
	const steps = mine.map((r) => stepFor(r, status, myAreas));
	return steps.find((s) => s.waits) ?? steps[0]!;
}
