import { toCsv } from '$lib/domain/round-export';
import { download, fileEndpoint } from '$lib/server/http';
import { roundExport } from '$lib/server/services/round-export';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	fileEndpoint(event, ({ db, qs, user, locale }) => {
		const { rows, fileBase } = roundExport(db, qs, user, event.params.id, locale);
		return download(toCsv(rows), 'text/csv; charset=utf-8', `${fileBase}.csv`);
	});
