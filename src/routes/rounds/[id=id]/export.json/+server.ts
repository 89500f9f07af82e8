import { download, fileEndpoint } from '$lib/server/http';
import { roundExport } from '$lib/server/services/round-export';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	fileEndpoint(event, ({ db, qs, user, locale }) => {
		const { round, rows, fileBase } = roundExport(db, qs, user, event.params.id, locale);
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
		return download(JSON.stringify(body, null, 2), 'application/json; charset=utf-8', `${fileBase}.json`);
	});
