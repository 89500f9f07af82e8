import { comparisonCsv } from '$lib/domain/comparison/compare-csv';
import { parseCompareQuery } from '$lib/domain/validation/compare-query';
import { translate } from '$lib/i18n/translate';
import { getDb } from '$lib/server/db';
import { getQuestionnaires } from '$lib/server/questionnaires';
import { loadOrError, requireUser } from '$lib/server/route-helpers';
import { comparePage } from '$lib/server/services/comparison';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => {
	const user = requireUser(event);
	const query = parseCompareQuery(event.url.searchParams);
	const data = loadOrError(() =>
		comparePage(getDb(), getQuestionnaires(), user, event.params.id, query.group, query.peers)
	);
	const lang = event.locals.locale;
	const csv = comparisonCsv(
		data.selected,
		data.areas.map((a) => ({ code: a.code, name: a.name[lang] })),
		translate(lang, 'round.overall')
	);
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="comparison-${data.round.year}-${query.group}.csv"`
		}
	});
};
