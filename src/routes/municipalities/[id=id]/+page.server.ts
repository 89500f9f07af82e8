import { redirect } from '@sveltejs/kit';
import { currentVersions } from '$lib/domain/questionnaire/versions';
import { can } from '$lib/domain/roles';
import { groupRoleSchema, removeFromGroupSchema } from '$lib/domain/validation/people-forms';
import { openRoundSchema } from '$lib/domain/validation/round-forms';
import { cancelInvitationAction, inviteAction, resendInvitationAction } from '$lib/server/actions/invite';
import { mailSettings } from '$lib/server/config';
import { formAction, userLoad } from '$lib/server/http';
import { listInvitations } from '$lib/server/services/invitations';
import { getMunicipality } from '$lib/server/services/municipalities';
import { listRounds, openRound } from '$lib/server/services/rounds';
import { openAssignments, removeFromMunicipality, setGroupRole } from '$lib/server/services/working-group';
import type { Actions, PageServerLoad } from './$types';

export const load = ((event) =>
	userLoad(event, ({ db, qs, user }) => {
		const view = getMunicipality(db, user, event.params.id);
		const manages = can(view.roles, 'manage_working_group');
		return {
			...view,
			manages,
			invitations: manages
				? listInvitations(db, user, event.params.id).filter((i) => !i.usedAt && !i.cancelledAt)
				: [],
			mailEnabled: !!mailSettings(),
			areas: openAssignments(db, qs, user, event.params.id),
			me: user.id,
			rounds: listRounds(db, user, event.params.id),
			questionnaires: [...qs.values()].map((q) => ({ id: q.framework.id, title: q.framework.title })),
			// New rounds open on the latest version only; an older one stays for the rounds already on it.
			openable: currentVersions(qs).map((q) => q.framework.id),
			thisYear: new Date().getFullYear()
		};
	})) satisfies PageServerLoad;

export const actions = {
	openRound: (event) =>
		formAction(event, { action: 'openRound', schema: openRoundSchema }, ({ db, qs, user }, data) => {
			const round = openRound(db, qs, user, { municipalityId: event.params.id, ...data });
			redirect(303, `/rounds/${round.id}`);
		}),
	invite: (event) => inviteAction(event, { municipalityId: event.params.id }),
	resendInvitation: (event) => resendInvitationAction(event, { municipalityId: event.params.id }),
	cancelInvitation: (event) => cancelInvitationAction(event, { municipalityId: event.params.id }),
	removeMember: (event) =>
		formAction(event, { action: 'removeMember', schema: removeFromGroupSchema }, ({ db, user }, data) => ({
			person: removeFromMunicipality(db, user, event.params.id, data.userId),
			saved: true
		})),
	setGroupRole: (event) =>
		formAction(event, { action: 'setGroupRole', schema: groupRoleSchema }, ({ db, user }, data) => ({
			person: setGroupRole(db, user, event.params.id, data.userId, data.role),
			saved: true
		}))
} satisfies Actions;
