import { eq } from 'drizzle-orm';
import { contextFacts } from '../../domain/context-facts';
import { hiddenQuestions } from '../../domain/questionnaire/conditions';
import { isScored, type Questionnaire } from '../../domain/questionnaire/schema';
import { can } from '../../domain/roles';
import { permissionsFor } from '../../domain/round-permissions';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { memberships, municipalities, users } from '../db/schema';
import { readAnswers } from './answers';
import { answerValues, scoreOf } from './round-scores';
import { listReviews } from './review';
import { listAssignments, missingAnswers } from './rounds';
import { roundFor, type RoundContext } from './round-access';
import { roundView } from './round-view';

export interface AreaProgress {
	code: string;
	parent: string | null;
	composite: boolean;
	kind: 'core' | 'optional';
	answered: number;
	total: number;
	assignees: Array<{ userId: string; name: string }>;
	assignedToMe: boolean;
}

export function roundOverview(
	db: Db,
	questionnaires: ReadonlyMap<string, Questionnaire>,
	user: SessionUser,
	roundId: string
) {
	const ctx: RoundContext = roundFor(db, questionnaires, user, roundId, 'view_municipality');
	const { round, roles, questionnaire } = ctx;
	const stored = readAnswers(db, roundId);
	const scores = scoreOf(questionnaire, stored);
	const assignments = listAssignments(db, roundId);
	const values = answerValues(stored);

	const areas: AreaProgress[] = questionnaire.areas.map((area) => {
		// A question hidden by its condition is neither asked nor counted.
		const hidden = hiddenQuestions(area.questions, values);
		const scoredCodes = area.questions
			.filter(isScored)
			.map((q) => q.code)
			.filter((c) => !hidden.has(c));
		const assignees = assignments
			.filter((a) => a.areaCode === area.code)
			.map(({ userId, name }) => ({ userId, name }));
		return {
			code: area.code,
			parent: area.parent ?? null,
			composite: area.composite,
			kind: area.kind,
			answered: area.composite
				? scores.areas[area.code]!.answered
				: scoredCodes.filter((c) => values.has(c)).length,
			total: area.composite ? scores.areas[area.code]!.scoredQuestions : scoredCodes.length,
			assignees,
			assignedToMe: assignees.some((a) => a.userId === user.id)
		};
	});

	const municipality = db
		.select({ name: municipalities.name, isDemo: municipalities.isDemo })
		.from(municipalities)
		.where(eq(municipalities.id, round.municipalityId))
		.get()!;
	const manages = can(roles, 'manage_working_group');
	const allowed = permissionsFor(round.status, roles);
	const workingGroup = manages
		? db
				.select({ userId: users.id, name: users.name, role: memberships.role })
				.from(memberships)
				.innerJoin(users, eq(memberships.userId, users.id))
				.where(eq(memberships.municipalityId, round.municipalityId))
				.all()
				.filter((m) => m.role === 'member' || m.role === 'coordinator')
		: [];

	return {
		round: roundView(round),
		roles,
		municipality,
		areas,
		scores,
		facts: contextFacts(questionnaire, (code) => stored.get(code)?.value),
		missing: missingAnswers(questionnaire, values),
		workingGroup: [
			...new Map(workingGroup.map((w) => [w.userId, { userId: w.userId, name: w.name }])).values()
		],
		canAnswer: allowed.answer,
		can: allowed,
		manages,
		reviews: can(roles, 'review'),
		flags: listReviews(db, roundId)
			.filter((r) => r.flag !== 'ok')
			.map((r) => ({
				questionCode: r.questionCode,
				flag: r.flag,
				comment: r.comment,
				areaCode:
					questionnaire.areas.find((a) => a.questions.some((q) => q.code === r.questionCode))?.code ?? ''
			}))
	};
}
