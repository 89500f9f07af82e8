import { and, desc, eq, inArray } from 'drizzle-orm';
import { isMandatory } from '../../domain/answer-validation';
import type { AnswerValue } from '../../domain/answers';
import { hiddenQuestions } from '../../domain/questionnaire/conditions';
import { successorOf } from '../../domain/questionnaire/versions';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { allowsAny } from '../../domain/round-permissions';
import { transitionFor } from '../../domain/round-status';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import {
	areaAssignments,
	assessmentRounds,
	memberships,
	municipalities,
	users,
	type AssessmentRound
} from '../db/schema';
import { newId } from '../ids';
import type { MailContext } from '../mail/context';
import { requirePermission } from './access';
import { readAnswers } from './answers';
import { replaceAreaAssignees } from './area-assignees';
import { writeAudit } from './audit';
import { ServiceError } from './errors';
import { roundFor, type RoundContext } from './round-access';
import { answerValues } from './round-scores';
import { transitionRound } from './round-status';

type Questionnaires = ReadonlyMap<string, Questionnaire>;

export function listRounds(db: Db, user: SessionUser, municipalityId: string): AssessmentRound[] {
	requirePermission(db, user, municipalityId, 'view_municipality');
	return db
		.select()
		.from(assessmentRounds)
		.where(eq(assessmentRounds.municipalityId, municipalityId))
		.orderBy(desc(assessmentRounds.year), desc(assessmentRounds.createdAt))
		.all();
}

export function openRound(
	db: Db,
	questionnaires: Questionnaires,
	user: SessionUser,
	input: { municipalityId: string; questionnaireId: string; year: number }
): AssessmentRound {
	requirePermission(db, user, input.municipalityId, 'manage_working_group');
	const questionnaire = questionnaires.get(input.questionnaireId);
	if (!questionnaire)
		throw new ServiceError(400, 'error.questionnaire_unknown', undefined, 'questionnaireId');
	if (successorOf(questionnaires, input.questionnaireId))
		throw new ServiceError(400, 'error.questionnaire_superseded', undefined, 'questionnaireId');
	const municipality = db
		.select()
		.from(municipalities)
		.where(eq(municipalities.id, input.municipalityId))
		.get()!;
	return db.transaction((tx) => {
		const clash = tx
			.select({ id: assessmentRounds.id })
			.from(assessmentRounds)
			.where(
				and(
					eq(assessmentRounds.municipalityId, input.municipalityId),
					eq(assessmentRounds.questionnaireId, input.questionnaireId),
					eq(assessmentRounds.year, input.year)
				)
			)
			.get();
		if (clash) throw new ServiceError(409, 'error.round_exists', { year: input.year }, 'year');
		const round = tx
			.insert(assessmentRounds)
			.values({
				id: newId(),
				municipalityId: municipality.id,
				questionnaireId: questionnaire.framework.id,
				questionnaireVersion: questionnaire.framework.version,
				year: input.year,
				population: municipality.population,
				diversityShare: municipality.diversityShare,
				diversityMeasure: municipality.diversityMeasure,
				createdBy: user.id
			})
			.returning()
			.get();
		writeAudit(tx, {
			actorUserId: user.id,
			municipalityId: municipality.id,
			action: 'open',
			entity: 'round',
			entityId: round.id,
			newValue: { year: round.year, questionnaire: round.questionnaireId }
		});
		return round;
	});
}

/** Replaces who is assigned to one area; only members of the municipality can be assigned. */
export function assignArea(
	db: Db,
	questionnaires: Questionnaires,
	user: SessionUser,
	roundId: string,
	areaCode: string,
	userIds: string[],
	/** With mail configured, each newly assigned person is told, with a link to the area. */
	mail: MailContext | null = null
): void {
	const { round, roles, questionnaire } = roundFor(db, questionnaires, user, roundId, 'manage_working_group');
	// As the grid: the page hides the form outside the answering stage, and a stale page is refused here.
	if (!allowsAny(round.status, roles, 'assign_areas')) throw new ServiceError(409, 'error.assignment_closed');
	const area = questionnaire.areas.find((a) => a.code === areaCode && !a.composite);
	if (!area) throw new ServiceError(400, 'error.area_unknown');
	const unique = [...new Set(userIds)];
	const eligible = unique.length
		? db
				.select({ userId: memberships.userId })
				.from(memberships)
				.where(
					and(
						eq(memberships.municipalityId, round.municipalityId),
						inArray(memberships.userId, unique),
						inArray(memberships.role, ['member', 'coordinator'])
					)
				)
				.all()
				.map((r) => r.userId)
		: [];
	// A person may hold two roles here (coordinator and member), so eligible can repeat an id.
	if (unique.some((id) => !eligible.includes(id))) {
		throw new ServiceError(400, 'error.assignee_not_member');
	}
	db.transaction((tx) => {
		const before = tx
			.select({ userId: areaAssignments.userId })
			.from(areaAssignments)
			.where(and(eq(areaAssignments.roundId, roundId), eq(areaAssignments.areaCode, areaCode)))
			.all()
			.map((b) => b.userId);
		replaceAreaAssignees(tx, user, round, area, before, unique, mail);
	});
}

export function listAssignments(
	db: Db,
	roundId: string
): Array<{ areaCode: string; userId: string; name: string }> {
	return db
		.select({ areaCode: areaAssignments.areaCode, userId: areaAssignments.userId, name: users.name })
		.from(areaAssignments)
		.innerJoin(users, eq(areaAssignments.userId, users.id))
		.where(eq(areaAssignments.roundId, roundId))
		.all();
}

/** Mandatory questions still without an answer, in questionnaire order; a question hidden by its condition is not missing. */
export function missingAnswers(
	questionnaire: Questionnaire,
	answers: ReadonlyMap<string, AnswerValue>
): Array<{ areaCode: string; questionCode: string }> {
	return questionnaire.areas.flatMap((area) => {
		const hidden = hiddenQuestions(area.questions, answers);
		return area.questions
			.filter((q) => isMandatory(q) && !answers.has(q.code) && !hidden.has(q.code))
			.map((q) => ({ areaCode: area.code, questionCode: q.code }));
	});
}

function setStatus(
	db: Db,
	user: SessionUser,
	ctx: RoundContext,
	action: 'submit' | 'reopen',
	submitted: boolean
): void {
	db.transaction((tx) =>
		transitionRound(tx, user, ctx, action, {
			submittedAt: submitted ? new Date() : null,
			submittedBy: submitted ? user.id : null
		})
	);
}

export function submitRound(
	db: Db,
	questionnaires: Questionnaires,
	user: SessionUser,
	roundId: string
): void {
	const ctx = roundFor(db, questionnaires, user, roundId, 'manage_working_group');
	const { round, questionnaire } = ctx;
	if (!transitionFor(round.status, 'submit')) throw new ServiceError(409, 'error.round_not_draft');
	const missing = missingAnswers(questionnaire, answerValues(readAnswers(db, roundId)));
	if (missing.length > 0) throw new ServiceError(400, 'error.round_incomplete', { count: missing.length });
	setStatus(db, user, ctx, 'submit', true);
}

/** A coordinator may take a submitted round back before the expert starts the review. */
export function reopenRound(
	db: Db,
	questionnaires: Questionnaires,
	user: SessionUser,
	roundId: string
): void {
	const ctx = roundFor(db, questionnaires, user, roundId, 'manage_working_group');
	if (!transitionFor(ctx.round.status, 'reopen')) throw new ServiceError(409, 'error.round_not_submitted');
	setStatus(db, user, ctx, 'reopen', false);
}
