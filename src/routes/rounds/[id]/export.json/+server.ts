import { getDb } from '$lib/server/db';
import { getQuestionnaires } from '$lib/server/questionnaires';
import { loadOrError, requireUser } from '$lib/server/route-helpers';
import { roundExport } from '$lib/server/services/round-export';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => {
	const user = requireUser(event);
	const { round, rows, fileBase } = loadOrError(() =>
		roundExport(getDb(), getQuestionnaires(), user, event.params.id, event.locals.locale)
	);
	const body = {
		round: {
			id: round.id,
			year: round.year,
			status: round.status,
			questionnaire: round.questionnaireId,
			version: round.questionnaireVersion,
			population: round.population,
			diversityShare: round.diversityShare,
			diversityMeasure: round.diversityMeasure
		},
		answers: rows
	};
	return new Response(JSON.stringify(body, null, 2), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="${fileBase}.json"`
		}
	});
};
