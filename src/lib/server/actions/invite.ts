import type { RequestEvent } from '@sveltejs/kit';
import { invitationIdSchema, invitationSchema } from '../../domain/validation/account-forms';
import { config } from '../config';
import { formAction } from '../http';
import { linkOrigin, mailContext } from '../mail/context';
import { wakeMailSender } from '../mail/sender';
import { cancelInvitation, resendInvitation } from '../services/invitation-manage';
import { createInvitation } from '../services/invitations';

interface InviteOptions {
	/** On a municipality's page: invitations to that municipality only. */
	municipalityId?: string;
	admin?: boolean;
}

/**
 * With SMTP the link goes out by mail and is never shown; without, it is shown once, for the inviter
 * to send it themselves.
 */
function invited(event: RequestEvent, email: string, token: string, mailed: boolean) {
	if (mailed) {
		wakeMailSender();
		return { invited: { email } };
	}
	return { invited: { email, link: `${linkOrigin(event)}/invite/${token}` } };
}

/** The invitation form, on the admin page (any municipality) and on a municipality's page (that one). */
export function inviteAction(event: RequestEvent, options: InviteOptions = {}) {
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
			const mail = mailContext(event);
			const days = config().INVITATION_DAYS;
			const { token, invitation } = createInvitation(db, user, data, days, new Date(), mail);
			return invited(event, invitation.email, token, !!mail);
		}
	);
}

/** "Resend" (or "New link" without SMTP): a new token, so the earlier link stops working. */
export function resendInvitationAction(event: RequestEvent, options: InviteOptions = {}) {
	return formAction(
		event,
		{ action: 'resendInvitation', schema: invitationIdSchema, admin: options.admin },
		({ db, user }, data) => {
			const mail = mailContext(event);
			const validDays = config().INVITATION_DAYS;
			const manage = { municipalityId: options.municipalityId, validDays, mail };
			const { token, invitation } = resendInvitation(db, user, data.invitationId, manage);
			return invited(event, invitation.email, token, !!mail);
		}
	);
}

export function cancelInvitationAction(event: RequestEvent, options: InviteOptions = {}) {
	return formAction(
		event,
		{ action: 'cancelInvitation', schema: invitationIdSchema, admin: options.admin },
		({ db, user }, data) => {
			const invitation = cancelInvitation(db, user, data.invitationId, options);
			return { cancelled: invitation.email };
		}
	);
}
