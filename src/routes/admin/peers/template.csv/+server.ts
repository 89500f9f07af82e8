import { error } from '@sveltejs/kit';
import { referenceCsvColumns } from '$lib/domain/comparison/reference-csv';
import { getQuestionnaires } from '$lib/server/questionnaires';
import { requireUser } from '$lib/server/route-helpers';
import type { RequestHandler } from './$types';

/** The header line of a reference-results CSV for a questionnaire (?questionnaire=id, else the first). */
export const GET: RequestHandler = (event) => {
	const user = requireUser(event);
	if (!user.isAdmin) error(404, { message: 'error.not_found', key: 'error.not_found' });
	const all = getQuestionnaires();
	const id = event.url.searchParams.get('questionnaire');
	const questionnaire = id ? all.get(id) : all.values().next().value;
	if (!questionnaire) error(404, { message: 'error.not_found', key: 'error.not_found' });
	return new Response(referenceCsvColumns(questionnaire).join(',') + '\r\n', {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="reference-results-${questionnaire.framework.id}.csv"`
		}
	});
};
