import { and, asc, count, eq, gt } from 'drizzle-orm';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { can } from '../../domain/roles';
import { measureChanges, statusCounts, type MeasureStatus } from '../../domain/strategy/follow-up';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { assessmentRounds, strategyMeasureStatus, strategyProgressNotes, users } from '../db/schema';
import { newId } from '../ids';
import { writeAudit } from './audit';
import { ServiceError } from './errors';
import { roundFor } from './round-access';
import { roundScores } from './round-scores';
import { currentStrategyOutline } from './strategy';
import { measureStatuses } from './strategy-measure-status';

type Questionnaires = ReadonlyMap<string, Questionnaire>;

/** Years of follow-up on one measure fit easily; a script posting notes in a loop does not. */
export const MAX_NOTES_PER_MEASURE = 200;

/** The measure in the current version, for someone who follows it up (coordinator or members). */
function followedMeasure(db: Db, qs: Questionnaires, user: SessionUser, roundId: string, measureId: string) {
	const { round } = roundFor(db, qs, user, roundId, 'answer');
	const current = currentStrategyOutline(db, qs, user, roundId);
	if (!current.outline.measures.some((m) => m.id === measureId))
		throw new ServiceError(404, 'error.not_found');
	return { round, strategyId: current.strategyId };
}

export function setMeasureStatus(
	db: Db,
	qs: Questionnaires,
	user: SessionUser,
	roundId: string,
	measureId: string,
	status: MeasureStatus
): void {
	const { round, strategyId } = followedMeasure(db, qs, user, roundId, measureId);
	const row = { strategyId, measureId, status, updatedBy: user.id, updatedAt: new Date() };
	db.transaction((tx) => {
		tx.insert(strategyMeasureStatus)
			.values(row)
			.onConflictDoUpdate({
				target: [strategyMeasureStatus.strategyId, strategyMeasureStatus.measureId],
				set: { status, updatedBy: user.id, updatedAt: row.updatedAt }
			})
			.run();
		writeAudit(tx, {
			actorUserId: user.id,
			municipalityId: round.municipalityId,
			action: 'measure_status',
			entity: 'strategy',
			entityId: strategyId,
			newValue: { measureId, status }
		});
	});
}

export function addProgressNote(
	db: Db,
	qs: Questionnaires,
	user: SessionUser,
	roundId: string,
	measureId: string,
	body: string
): void {
	const { strategyId } = followedMeasure(db, qs, user, roundId, measureId);
	const where = and(
		eq(strategyProgressNotes.strategyId, strategyId),
		eq(strategyProgressNotes.measureId, measureId)
	);
	const [{ n }] = db.select({ n: count() }).from(strategyProgressNotes).where(where).all() as [{ n: number }];
	if (n >= MAX_NOTES_PER_MEASURE)
		throw new ServiceError(409, 'error.too_many_comments', { max: MAX_NOTES_PER_MEASURE }, 'body');
	db.insert(strategyProgressNotes)
		.values({ id: newId(), strategyId, measureId, body, userId: user.id })
		.run();
}

/** The follow-up page: every measure's status and notes, counts per status, and the change since drafting. */
export function followUpPage(db: Db, qs: Questionnaires, user: SessionUser, roundId: string) {
	const { round, roles, questionnaire } = roundFor(db, qs, user, roundId, 'read_results');
	const current = currentStrategyOutline(db, qs, user, roundId);
	const statuses = measureStatuses(db, current.strategyId);
	const notes = db
		.select({
			id: strategyProgressNotes.id,
			measureId: strategyProgressNotes.measureId,
			body: strategyProgressNotes.body,
			createdAt: strategyProgressNotes.createdAt,
			author: users.name
		})
		.from(strategyProgressNotes)
		.leftJoin(users, eq(strategyProgressNotes.userId, users.id))
		.where(eq(strategyProgressNotes.strategyId, current.strategyId))
		.orderBy(asc(strategyProgressNotes.createdAt))
		.all();
	const next = db
		.select()
		.from(assessmentRounds)
		.where(
			and(
				eq(assessmentRounds.municipalityId, round.municipalityId),
				gt(assessmentRounds.year, round.year),
				eq(assessmentRounds.status, 'published')
			)
		)
		.orderBy(asc(assessmentRounds.year))
		.get();
	const nextQuestionnaire = next && qs.get(next.questionnaireId);
	const changes =
		next && nextQuestionnaire
			? measureChanges(
					current.outline,
					roundScores(db, questionnaire, round),
					roundScores(db, nextQuestionnaire, next)
				)
			: null;
	return {
		roundId,
		year: round.year,
		municipality: current.outline.municipality,
		canFollow: can(roles, 'answer'),
		measures: current.outline.measures.map((m) => ({
			id: m.id,
			title: m.title,
			owner: m.owner,
			dimension: m.dimension,
			status: statuses[m.id] ?? ('not_started' as MeasureStatus),
			notes: notes.filter((n) => n.measureId === m.id)
		})),
		counts: statusCounts(current.outline.measures, statuses),
		next: next ? { id: next.id, year: next.year } : null,
		changes,
		areaNames: Object.fromEntries(questionnaire.areas.map((a) => [a.code, a.name]))
	};
}
