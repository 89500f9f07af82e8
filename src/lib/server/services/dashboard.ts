import { and, desc, eq, inArray } from 'drizzle-orm';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { areaAssignments, assessmentRounds } from '../db/schema';
import { listMyMunicipalities } from './municipalities';

/** My municipalities, each with its rounds (newest first) and the areas assigned to me in them. */
export function dashboard(db: Db, user: SessionUser) {
	const mine = listMyMunicipalities(db, user);
	const ids = mine.map((m) => m.municipality.id);
	const rounds = ids.length
		? db
				.select()
				.from(assessmentRounds)
				.where(inArray(assessmentRounds.municipalityId, ids))
				.orderBy(desc(assessmentRounds.year))
				.all()
		: [];
	const assigned = rounds.length
		? db
				.select({ roundId: areaAssignments.roundId, areaCode: areaAssignments.areaCode })
				.from(areaAssignments)
				.where(
					and(
						eq(areaAssignments.userId, user.id),
						inArray(
							areaAssignments.roundId,
							rounds.map((r) => r.id)
						)
					)
				)
				.all()
		: [];
	return mine.map((m) => ({
		...m,
		rounds: rounds
			.filter((r) => r.municipalityId === m.municipality.id)
			.map((r) => ({
				id: r.id,
				year: r.year,
				status: r.status,
				questionnaireId: r.questionnaireId,
				myAreas: assigned.filter((a) => a.roundId === r.id).map((a) => a.areaCode)
			}))
	}));
}
