import { toCsv } from '$lib/domain/round-export';
import { getDb } from '$lib/server/db';
import { getQuestionnaires } from '$lib/server/questionnaires';
import { loadOrError, requireUser } from '$lib/server/route-helpers';
import { roundExport } from '$lib/server/services/round-export';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => {
	const user = requireUser(event);
	const { rows, fileBase } = loadOrError(() =>
		roundExport(getDb(), getQuestionnaires(), user, event.params.id, event.locals.locale)
	);
	return new Response(toCsv(rows), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${fileBase}.csv"`
		}
	});
};
