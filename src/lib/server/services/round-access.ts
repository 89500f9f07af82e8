import { eq } from 'drizzle-orm';
import type { Permission, Role } from '../../domain/roles';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { assessmentRounds, type AssessmentRound } from '../db/schema';
import { requirePermission } from './access';
import { notFound } from './errors';

export interface RoundContext {
	round: AssessmentRound;
	roles: Role[];
	questionnaire: Questionnaire;
}

/** The round with the caller's roles in its municipality; 404 for outsiders and unknown rounds alike. */
export function roundFor(
	db: Db,
	questionnaires: ReadonlyMap<string, Questionnaire>,
	user: SessionUser,
	roundId: string,
	permission: Permission
): RoundContext {
	const round = db.select().from(assessmentRounds).where(eq(assessmentRounds.id, roundId)).get();
	if (!round) throw notFound();
	const roles = requirePermission(db, user, round.municipalityId, permission);
	const questionnaire = questionnaires.get(round.questionnaireId);
	if (!questionnaire) throw notFound();
	return { round, roles, questionnaire };
}
