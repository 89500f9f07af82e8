import { error } from '@sveltejs/kit';
import { methodologyModel } from '$lib/domain/questionnaire/methodology';
import { getQuestionnaires } from '$lib/server/questionnaires';
import type { PageServerLoad } from './$types';

export const load = (({ url }) => {
	const all = getQuestionnaires();
	const versions = [...all.values()].map((q) => ({ id: q.framework.id, title: q.framework.title }));
	const wanted = url.searchParams.get('version') ?? versions.at(-1)?.id;
	const questionnaire = wanted ? all.get(wanted) : undefined;
	if (!questionnaire) error(404, { message: 'error.not_found', key: 'error.not_found' });
	return { versions, model: methodologyModel(questionnaire) };
}) satisfies PageServerLoad;
