// Managing an open invitation: a new link (mailed when mail is configured), or cancelling it.
import { and, eq, isNull } from 'drizzle-orm';
import { generateToken, hashToken, type SessionUser } from '../auth';
import type { Db } from '../db/client';
import { invitations, type Invitation } from '../db/schema';
import type { MailContext } from '../mail/context';
import { writeAudit } from './audit';
import { ServiceError } from './errors';
import { queueInvitationMail } from './invitation-mail';
import { assertMayInvite } from './invitations';
import { cancelQueuedMail } from './mail-outbox';

const DAY_MS = 86_400_000;

/** The open invitation an actor may manage: 404 for others, and for another municipality's on its page. */
function openInvitation(db: Db, actor: SessionUser, id: string, municipalityId?: string): Invitation {
	const invitation = db.select().from(invitations).where(eq(invitations.id, id)).get();
	if (!invitation || (municipalityId && invitation.municipalityId !== municipalityId))
		throw new ServiceError(404, 'error.not_found');
	assertMayInvite(db, actor, {
		email: invitation.email,
		role: invitation.role,
		municipalityId: invitation.municipalityId ?? undefined
	});
	if (invitation.usedAt || invitation.cancelledAt) throw new ServiceError(409, 'error.invitation_closed');
	return invitation;
}

const stillOpen = (id: string) =>
	and(eq(invitations.id, id), isNull(invitations.usedAt), isNull(invitations.cancelledAt));

export interface ManageOptions {
	/** On a municipality's page: only that municipality's invitations. */
	municipalityId?: string;
}

/**
 * A new link for an open invitation, valid for validDays from now: the old token stops working at once,
 * a mail with the old link that is still queued is withdrawn, and, with mail, the new link is mailed.
 */
export function resendInvitation(
	db: Db,
	actor: SessionUser,
	id: string,
	options: ManageOptions & { validDays: number; mail: MailContext | null },
	now = new Date()
): { invitation: Invitation; token: string } {
	const before = openInvitation(db, actor, id, options.municipalityId);
	const token = generateToken();
	const invitation = db.transaction((tx) => {
		const row = tx
			.update(invitations)
			.set({ tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + options.validDays * DAY_MS) })
			.where(stillOpen(id))
			.returning()
			.get();
		if (!row) throw new ServiceError(409, 'error.invitation_closed');
		cancelQueuedMail(tx, 'invitation', id);
		if (options.mail) queueInvitationMail(tx, row, token, actor, options.mail, now);
		writeAudit(tx, {
			actorUserId: actor.id,
			municipalityId: row.municipalityId,
			action: 'resend',
			entity: 'invitation',
			entityId: id,
			oldValue: { expiresAt: before.expiresAt.toISOString() },
			newValue: { email: row.email, role: row.role, expiresAt: row.expiresAt.toISOString() }
		});
		return row;
	});
	return { invitation, token };
}

/** Withdraws an open invitation: its link stops working and a mail still queued is not sent. */
export function cancelInvitation(
	db: Db,
	actor: SessionUser,
	id: string,
	options: ManageOptions = {},
	now = new Date()
): Invitation {
	openInvitation(db, actor, id, options.municipalityId);
	return db.transaction((tx) => {
		const row = tx.update(invitations).set({ cancelledAt: now }).where(stillOpen(id)).returning().get();
		if (!row) throw new ServiceError(409, 'error.invitation_closed');
		cancelQueuedMail(tx, 'invitation', id);
		writeAudit(tx, {
			actorUserId: actor.id,
			municipalityId: row.municipalityId,
			action: 'cancel',
			entity: 'invitation',
			entityId: id,
			newValue: { email: row.email, role: row.role }
		});
		return row;
	});
}
