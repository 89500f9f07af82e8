import { and, eq } from 'drizzle-orm';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { allowsAny } from '../../domain/round-permissions';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { areaAssignments, municipalities, users } from '../db/schema';
import { config } from '../config';
import { listAnswerFiles } from './answer-files';
import { readAnswers } from './answers';
import { readHistoryPage } from './answer-history';
import { listComments } from './comments';
import { ServiceError } from './errors';
import { listReviews } from './review';
import { roundFor } from './round-access';
import { roundView } from './round-view';

/** Everything one policy area's page shows: questions, answers, who answered, history and comments. */
export function areaPage(
	db: Db,
	questionnaires: ReadonlyMap<string, Questionnaire>,
	user: SessionUser,
	roundId: string,
	areaCode: string,
	/** The question whose whole history the reader asked for. */
	fullHistoryOf: string | null = null
) {
	const { round, roles, questionnaire } = roundFor(db, questionnaires, user, roundId, 'view_municipality');
	const index = questionnaire.areas.findIndex((a) => a.code === areaCode && !a.composite);
	if (index < 0) throw new ServiceError(404, 'error.not_found');
	const area = questionnaire.areas[index]!;
	const codes = new Set(area.questions.map((q) => q.code));
	const all = readAnswers(db, roundId);
	const answers = Object.fromEntries([...all].filter(([code]) => codes.has(code)));
	const history = Object.fromEntries(
		area.questions.map((q) => [q.code, readHistoryPage(db, roundId, q.code, q.code === fullHistoryOf)])
	);
	const assignees = db
		.select({ name: users.name })
		.from(areaAssignments)
		.innerJoin(users, eq(areaAssignments.userId, users.id))
		.where(and(eq(areaAssignments.roundId, roundId), eq(areaAssignments.areaCode, areaCode)))
		.all()
		.map((r) => r.name);
	const leaves = questionnaire.areas.filter((a) => !a.composite);
	const position = leaves.findIndex((a) => a.code === areaCode);
	const municipality = db
		.select({ name: municipalities.name })
		.from(municipalities)
		.where(eq(municipalities.id, round.municipalityId))
		.get()!;
	return {
		round: roundView(round),
		municipalityName: municipality.name,
		area,
		answers,
		history,
		comments: listComments(db, roundId, codes),
		files: listAnswerFiles(db, roundId, codes),
		fileMaxMb: config().EVIDENCE_FILE_MAX_MB,
		flags: Object.fromEntries(
			listReviews(db, roundId)
				.filter((r) => codes.has(r.questionCode) && r.flag !== 'ok')
				.map((r) => [r.questionCode, { flag: r.flag, comment: r.comment }])
		),
		assignees,
		canAnswer: allowsAny(round.status, roles, 'answer'),
		previous: leaves[position - 1]
			? { code: leaves[position - 1]!.code, name: leaves[position - 1]!.name }
			: null,
		next: leaves[position + 1] ? { code: leaves[position + 1]!.code, name: leaves[position + 1]!.name } : null
	};
}
