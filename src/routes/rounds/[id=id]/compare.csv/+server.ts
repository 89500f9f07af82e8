import { comparisonCsv } from '$lib/domain/comparison/compare-csv';
import { parseCompareQuery } from '$lib/domain/validation/compare-query';
import { translate } from '$lib/i18n/translate';
import { download, fileEndpoint } from '$lib/server/http';
import { comparePage } from '$lib/server/services/comparison';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	fileEndpoint(event, ({ db, qs, user, locale }) => {
		const query = parseCompareQuery(event.url.searchParams);
		const data = comparePage(db, qs, user, event.params.id, query.group, query.peers);
		const csv = comparisonCsv(
			data.selected,
			data.areas.map((a) => ({ code: a.code, name: a.name[locale] })),
			translate(locale, 'round.overall')
		);
		return download(csv, 'text/csv; charset=utf-8', `comparison-${data.round.year}-${query.group}.csv`);
	});
