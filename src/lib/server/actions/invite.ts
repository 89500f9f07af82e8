import type { RequestEvent } from '@sveltejs/kit';
import { invitationSchema } from '../../domain/validation/account-forms';
import { config } from '../config';
import { formAction } from '../http';
import { createInvitation } from '../services/invitations';

/** The invitation form, on the admin page (any municipality) and on a municipality's page (that one). */
export function inviteAction(
	event: RequestEvent,
	options: { municipalityId?: string; admin?: boolean } = {}
) {
	const { municipalityId, admin } = options;
	return formAction(
		event,
		{
			action: 'invite',
			schema: invitationSchema,
			admin,
			prepare: (form) => municipalityId && form.set('municipalityId', municipalityId)
		},
		({ db, user }, data) => {
			const { token, invitation } = createInvitation(db, user, data, config().INVITATION_DAYS);
			return { invited: { email: invitation.email, link: `${event.url.origin}/invite/${token}` } };
		}
	);
}
