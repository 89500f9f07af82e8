import { and, asc, count, eq } from 'drizzle-orm';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { STRATEGY_SECTIONS } from '../../domain/strategy/types';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { strategyComments, users } from '../db/schema';
import { newId } from '../ids';
import { requirePermission } from './access';
import { MAX_COMMENTS_PER_THREAD } from './comments';
import { ServiceError } from './errors';
import { roundFor } from './round-access';
import { currentStrategyOutline } from './strategy';

/** Leaders and the coordinator discuss the draft section by section. */
export function addStrategyComment(
	db: Db,
	questionnaires: ReadonlyMap<string, Questionnaire>,
	user: SessionUser,
	roundId: string,
	section: string,
	body: string
): void {
	const { round } = roundFor(db, questionnaires, user, roundId, 'read_results');
	requirePermission(db, user, round.municipalityId, 'comment_strategy');
	if (!(STRATEGY_SECTIONS as readonly string[]).includes(section))
		throw new ServiceError(400, 'error.invalid');
	const { strategyId } = currentStrategyOutline(db, questionnaires, user, roundId);
	const [{ n }] = db
		.select({ n: count() })
		.from(strategyComments)
		.where(and(eq(strategyComments.strategyId, strategyId), eq(strategyComments.section, section)))
		.all() as [{ n: number }];
	if (n >= MAX_COMMENTS_PER_THREAD)
		throw new ServiceError(409, 'error.too_many_comments', { max: MAX_COMMENTS_PER_THREAD }, 'body');
	db.insert(strategyComments).values({ id: newId(), strategyId, section, userId: user.id, body }).run();
}

export function listStrategyComments(db: Db, strategyId: string) {
	return db
		.select({
			id: strategyComments.id,
			section: strategyComments.section,
			body: strategyComments.body,
			createdAt: strategyComments.createdAt,
			author: users.name
		})
		.from(strategyComments)
		.leftJoin(users, eq(strategyComments.userId, users.id))
		.where(eq(strategyComments.strategyId, strategyId))
		.orderBy(asc(strategyComments.createdAt))
		.all();
}
