import { redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/roles';
import { openRoundSchema } from '$lib/domain/validation/round-forms';
import { inviteAction } from '$lib/server/actions/invite';
import { formAction, userLoad } from '$lib/server/http';
import { listInvitations } from '$lib/server/services/invitations';
import { getMunicipality } from '$lib/server/services/municipalities';
import { listRounds, openRound } from '$lib/server/services/rounds';
import type { Actions, PageServerLoad } from './$types';

export const load = ((event) =>
	userLoad(event, ({ db, qs, user }) => {
		const view = getMunicipality(db, user, event.params.id);
		const manages = can(view.roles, 'manage_working_group');
		return {
			...view,
			manages,
			invitations: manages ? listInvitations(db, user, event.params.id).filter((i) => !i.usedAt) : [],
			rounds: listRounds(db, user, event.params.id),
			questionnaires: [...qs.values()].map((q) => ({ id: q.framework.id, title: q.framework.title })),
			thisYear: new Date().getFullYear()
		};
	})) satisfies PageServerLoad;

export const actions = {
	openRound: (event) =>
		formAction(event, { action: 'openRound', schema: openRoundSchema }, ({ db, qs, user }, data) => {
			const round = openRound(db, qs, user, { municipalityId: event.params.id, ...data });
			redirect(303, `/rounds/${round.id}`);
		}),
	invite: (event) => inviteAction(event, { municipalityId: event.params.id })
} satisfies Actions;
