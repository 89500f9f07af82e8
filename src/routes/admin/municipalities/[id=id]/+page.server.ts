import { municipalityFormSchema } from '$lib/domain/validation/municipality-form';
import { formAction, userLoad } from '$lib/server/http';
import { getMunicipality, updateMunicipality } from '$lib/server/services/municipalities';
import type { Actions, PageServerLoad } from './$types';

export const load = ((event) =>
	userLoad(
		event,
		({ db, user }) => ({ municipality: getMunicipality(db, user, event.params.id).municipality }),
		{
			admin: true
		}
	)) satisfies PageServerLoad;

export const actions = {
	edit: (event) =>
		formAction(
			event,
			{ action: 'edit', schema: municipalityFormSchema, admin: true },
			({ db, user }, { confirmDuplicate, ...input }) => ({
				saved: updateMunicipality(db, user, event.params.id, input, { confirmDuplicate }).name
			})
		)
} satisfies Actions;
