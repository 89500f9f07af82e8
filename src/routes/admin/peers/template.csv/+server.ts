import { error } from '@sveltejs/kit';
import { referenceCsvTemplateColumns } from '$lib/domain/comparison/reference-csv';
import { download, fileEndpoint } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** The header line of a reference-results CSV for a questionnaire (?questionnaire=id, else the first). */
export const GET: RequestHandler = (event) =>
	fileEndpoint(
		event,
		({ qs }) => {
			const id = event.url.searchParams.get('questionnaire');
			const questionnaire = id ? qs.get(id) : qs.values().next().value;
			if (!questionnaire) error(404, { message: 'error.not_found', key: 'error.not_found' });
			const header = referenceCsvTemplateColumns(questionnaire).join(',') + '\r\n';
			return download(
				header,
				'text/csv; charset=utf-8',
				`reference-results-${questionnaire.framework.id}.csv`
			);
		},
		{ admin: true }
	);
