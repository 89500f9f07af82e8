import { eq } from 'drizzle-orm';
import { isLocale } from '../../i18n/locales';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { municipalities, users, type Invitation } from '../db/schema';
import type { MailContext } from '../mail/context';
import { invitationMail } from '../mail/messages';
import { queueMail } from './mail-outbox';

type Tx = Pick<Db, 'select' | 'insert'>;

/**
 * Queues the invitation's mail, in the recipient's language if they already have an account, else in
 * the inviter's. Call it in the transaction that wrote the token, which only this mail and the
 * returned link carry.
 */
export function queueInvitationMail(
	tx: Tx,
	invitation: Invitation,
	token: string,
	inviter: SessionUser,
	mail: MailContext,
	now = new Date()
): void {
	const account = tx
		.select({ locale: users.locale })
		.from(users)
		.where(eq(users.email, invitation.email))
		.get();
	const locale = isLocale(account?.locale) ? account.locale : mail.locale;
	const municipality = invitation.municipalityId
		? tx
				.select({ name: municipalities.name })
				.from(municipalities)
				.where(eq(municipalities.id, invitation.municipalityId))
				.get()
		: undefined;
	const rendered = invitationMail(locale, {
		inviter: inviter.name || inviter.email,
		role: invitation.role,
		municipality: municipality?.name ?? null,
		link: `${mail.origin}/invite/${token}`,
		expiresAt: invitation.expiresAt
	});
	queueMail(
		tx,
		{
			...rendered,
			to: invitation.email,
			locale,
			kind: 'invitation',
			about: { entity: 'invitation', id: invitation.id }
		},
		now
	);
}
