import { and, desc, eq, isNull } from 'drizzle-orm';
import type { InvitationInput } from '../../domain/validation/account-forms';
import { generateToken, hashToken, type SessionUser } from '../auth';
import type { Db } from '../db/client';
import {
	expertAssignments,
	invitations,
	memberships,
	municipalities,
	users,
	type Invitation
} from '../db/schema';
import { newId } from '../ids';
import type { MailContext } from '../mail/context';
import { hashPassword, newPasswordProblem } from '../passwords';
import { invalidateUserCaches } from '../user-caches';
import { requirePermission, rolesIn } from './access';
import { writeAudit } from './audit';
import { ServiceError } from './errors';
import { queueInvitationMail } from './invitation-mail';
import { latestDeliveries, type Delivery } from './mail-outbox';
import { checkPassword, type SignInClient, type SignInLimits } from './sign-in';

const DAY_MS = 86_400_000;

/** Admins invite anyone; a coordinator invites members and leaders to their own municipality. */
export function assertMayInvite(db: Db, actor: SessionUser, input: InvitationInput): void {
	if (input.role === 'admin') {
		if (!actor.isAdmin) throw new ServiceError(404, 'error.not_found');
		return;
	}
	if (!input.municipalityId)
		throw new ServiceError(400, 'error.municipality_required', undefined, 'municipalityId');
	const roles = rolesIn(db, actor, input.municipalityId);
	const exists = db
		.select({ id: municipalities.id })
		.from(municipalities)
		.where(eq(municipalities.id, input.municipalityId))
		.get();
	if (!exists) throw new ServiceError(404, 'error.not_found');
	if (roles.includes('admin')) return;
	if (roles.includes('coordinator') && (input.role === 'member' || input.role === 'leader')) return;
	throw new ServiceError(404, 'error.not_found');
}

export function createInvitation(
	db: Db,
	actor: SessionUser,
	input: InvitationInput,
	validDays: number,
	now = new Date(),
	/** With mail configured, the link goes out by mail, queued in the same transaction. */
	mail: MailContext | null = null
): { invitation: Invitation; token: string } {
	assertMayInvite(db, actor, input);
	const token = generateToken();
	const invitation = db.transaction((tx) => {
		const row = tx
			.insert(invitations)
			.values({
				id: newId(),
				tokenHash: hashToken(token),
				email: input.email,
				role: input.role,
				municipalityId: input.role === 'admin' ? null : input.municipalityId,
				invitedBy: actor.id,
				expiresAt: new Date(now.getTime() + validDays * DAY_MS)
			})
			.returning()
			.get();
		writeAudit(tx, {
			actorUserId: actor.id,
			municipalityId: row.municipalityId,
			action: 'invite',
			entity: 'invitation',
			entityId: row.id,
			newValue: { email: row.email, role: row.role }
		});
		if (mail) queueInvitationMail(tx, row, token, actor, mail, now);
		return row;
	});
	return { invitation, token };
}

export interface InvitationView {
	invitation: Invitation;
	municipalityName: string | null;
	hasAccount: boolean;
}

/** The invitation behind a link, or a clear reason why the link no longer works. */
export function getInvitation(db: Db, token: string, now = new Date()): InvitationView {
	const invitation = db
		.select()
		.from(invitations)
		.where(eq(invitations.tokenHash, hashToken(token)))
		.get();
	if (!invitation) throw new ServiceError(404, 'error.invitation_unknown');
	if (invitation.usedAt) throw new ServiceError(400, 'error.invitation_used');
	if (invitation.cancelledAt) throw new ServiceError(400, 'error.invitation_cancelled');
	if (invitation.expiresAt.getTime() <= now.getTime())
		throw new ServiceError(400, 'error.invitation_expired');
	const municipality = invitation.municipalityId
		? db
				.select({ name: municipalities.name })
				.from(municipalities)
				.where(eq(municipalities.id, invitation.municipalityId))
				.get()
		: undefined;
	const account = db
		.select({ deactivatedAt: users.deactivatedAt })
		.from(users)
		.where(eq(users.email, invitation.email))
		.get();
	// An invitation sent before the account was deactivated must not bring it back in through a side door.
	if (account?.deactivatedAt) throw new ServiceError(403, 'error.account_deactivated');
	return { invitation, municipalityName: municipality?.name ?? null, hasAccount: !!account };
}

export type AcceptInput =
	{ kind: 'new'; name: string; password: string } | { kind: 'existing'; password: string };

/**
 * Accepts once: the invitation is marked used in the same transaction that grants the role.
 * client is the address, or { address, deviceToken }, for the sign-in throttle of an existing account.
 */
export async function acceptInvitation(
	db: Db,
	token: string,
	input: AcceptInput,
	now = new Date(),
	limits?: SignInLimits,
	client: string | SignInClient = 'unknown'
): Promise<string> {
	const { invitation, hasAccount } = getInvitation(db, token, now);
	const existing = db.select().from(users).where(eq(users.email, invitation.email)).get();
	if (input.kind === 'existing') {
		// The same throttle and audit as sign-in, so an invitation link cannot be used to guess the password.
		const check = await checkPassword(
			db,
			limits,
			invitation.email,
			input.password,
			client,
			'invitation',
			now.getTime()
		);
		if (!check.user) throw new ServiceError(400, 'error.wrong_password', undefined, 'password');
	} else if (hasAccount) {
		throw new ServiceError(409, 'error.account_exists');
	} else {
		const problem = newPasswordProblem(input.password, invitation.email);
		if (problem) throw new ServiceError(400, problem.key, problem.params, 'password');
	}
	const passwordHash = input.kind === 'new' ? await hashPassword(input.password) : '';
	const accepted = db.transaction((tx) => {
		const claimed = tx
			.update(invitations)
			.set({ usedAt: now })
			.where(
				and(eq(invitations.id, invitation.id), isNull(invitations.usedAt), isNull(invitations.cancelledAt))
			)
			.returning()
			.get();
		if (!claimed) throw new ServiceError(400, 'error.invitation_used');
		// Checked again: another invitation for the same address may have been accepted while we hashed.
		// Throwing rolls back the claim above.
		if (
			input.kind === 'new' &&
			tx.select({ id: users.id }).from(users).where(eq(users.email, invitation.email)).get()
		) {
			throw new ServiceError(409, 'error.account_exists');
		}
		const userId =
			existing?.id ??
			tx
				.insert(users)
				.values({
					id: newId(),
					email: invitation.email,
					name: input.kind === 'new' ? input.name : '',
					passwordHash
				})
				.returning()
				.get().id;
		if (invitation.role === 'admin') {
			tx.update(users).set({ isAdmin: true }).where(eq(users.id, userId)).run();
		} else if (invitation.role === 'expert') {
			tx.insert(expertAssignments)
				.values({ userId, municipalityId: invitation.municipalityId! })
				.onConflictDoNothing()
				.run();
		} else {
			tx.insert(memberships)
				.values({ userId, municipalityId: invitation.municipalityId!, role: invitation.role })
				.onConflictDoNothing()
				.run();
		}
		writeAudit(tx, {
			actorUserId: userId,
			municipalityId: invitation.municipalityId,
			action: 'accept',
			entity: 'invitation',
			entityId: invitation.id,
			newValue: { role: invitation.role }
		});
		return userId;
	});
	// The new role counts from the next request, not when the cached roles expire.
	invalidateUserCaches(accepted);
	return accepted;
}

/** An invitation as lists show it: never its token hash, with the delivery of its latest mail. */
export type InvitationRow = Omit<Invitation, 'tokenHash'> & { delivery: Delivery | null };

export function listInvitations(db: Db, actor: SessionUser, municipalityId?: string): InvitationRow[] {
	if (municipalityId) requirePermission(db, actor, municipalityId, 'manage_working_group');
	else if (!actor.isAdmin) throw new ServiceError(404, 'error.not_found');
	const query = db.select().from(invitations);
	const rows = (municipalityId ? query.where(eq(invitations.municipalityId, municipalityId)) : query)
		.orderBy(desc(invitations.createdAt))
		.limit(50)
		.all();
	const ids = rows.map((r) => r.id);
	const deliveries = latestDeliveries(db, 'invitation', ids);
	return rows.map(({ tokenHash: _tokenHash, ...row }) => ({
		...row,
		delivery: deliveries.get(row.id) ?? null
	}));
}
