import { hmac } from '@oslojs/crypto/hmac';
import { SHA256, sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { and, desc, eq } from 'drizzle-orm';
import type { LoginInput } from '../../domain/validation/account-forms';
import { generateToken, startSession, type SessionUser, type StartSession } from '../auth';
import type { Db } from '../db/client';
import { auditLog, users, type Session, type User } from '../db/schema';
import { dummyPasswordHash, verifyPassword } from '../passwords';
import { FailureLimiter, ProgressiveThrottle } from '../rate-limit';
import { notFound, ServiceError } from './errors';
import { writeAudit } from './audit';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** How long a trusted-device token from a successful sign-in counts. */
export const DEVICE_TOKEN_DAYS = 180;

/**
 * The sign-in throttles of one server process. There is deliberately no limit per account alone:
 * it would let anyone keep the owner out just by failing on purpose.
 */
export interface SignInLimits {
	/** Failures per account and client (address, or trusted device): free at first, then doubling pauses. */
	perAccountClient: ProgressiveThrottle;
	/** Failures from one address across all accounts, in a sliding window. */
	perAddress: FailureLimiter;
	/** Signs trusted-device tokens; random per process, so a restart forgets devices with the counts. */
	deviceKey: Uint8Array;
}

export interface SignInLimitOptions {
	/** Failures per account and client before the first pause (LOGIN_MAX_FAILURES_PER_ACCOUNT). */
	perAccount: number;
	/** Failures from one address, whatever the accounts, within the window (LOGIN_MAX_FAILURES_PER_ADDRESS). */
	perAddress: number;
	/** The window of the address budget, and the longest pause (LOGIN_WINDOW_MINUTES). */
	windowMinutes: number;
	/** The first pause; it doubles with every further failure. Default 1. */
	firstPauseMinutes?: number;
	/** An account and client's failures are forgotten after this long without a new one. Default 24. */
	forgetAfterHours?: number;
}

export function createSignInLimits(opts: SignInLimitOptions): SignInLimits {
	const windowMs = opts.windowMinutes * MINUTE;
	return {
		perAccountClient: new ProgressiveThrottle({
			freeFailures: opts.perAccount,
			firstPauseMs: Math.min(windowMs, (opts.firstPauseMinutes ?? 1) * MINUTE),
			maxPauseMs: windowMs,
			forgetAfterMs: Math.max(windowMs, (opts.forgetAfterHours ?? 24) * 3_600_000)
		}),
		perAddress: new FailureLimiter(opts.perAddress, windowMs),
		deviceKey: crypto.getRandomValues(new Uint8Array(32))
	};
}

/** Who is signing in: the address, and the trusted-device cookie from an earlier sign-in, if any. */
export interface SignInClient {
	address: string;
	deviceToken?: string | null;
}

/** Where a password was checked: sign-in, an invitation link, or the account page's password change. */
export type SignInVia = 'sign_in' | 'invitation' | 'password_change';

const clientOf = (client: string | SignInClient): SignInClient =>
	typeof client === 'string' ? { address: client } : client;

/** Emails cannot contain a line break, so the account part of a key is unambiguous. */
const throttleKey = (email: string, client: string) => `${email}\n${client}`;

function deviceMac(limits: SignInLimits, email: string, nonce: string, issued: string): string {
	const message = new TextEncoder().encode(`${email}\n${nonce}\n${issued}`);
	return encodeHexLowerCase(hmac(SHA256, limits.deviceKey, message));
}

/**
 * A token for a cookie that marks this browser as one the account's owner signed in from (OWASP's
 * "device cookie"). With it the owner is counted apart from everyone else at the same address, so an
 * attacker behind the same proxy, or one who exhausted the address budget, does not keep them out.
 */
export function issueDeviceToken(limits: SignInLimits, email: string, now = Date.now()): string {
	const nonce = generateToken();
	const issued = now.toString(36);
	return `${nonce}.${issued}.${deviceMac(limits, email, nonce, issued)}`;
}

/** The device's nonce when the token is one this process issued for this account and is still valid. */
export function trustedDevice(
	limits: SignInLimits,
	email: string,
	token: string,
	now = Date.now()
): string | null {
	const [nonce, issued, mac, ...rest] = token.split('.');
	if (!nonce || !issued || !mac || rest.length > 0 || token.length > 200) return null;
	const age = now - parseInt(issued, 36);
	if (!(age >= 0 && age < DEVICE_TOKEN_DAYS * DAY)) return null;
	const expected = new TextEncoder().encode(deviceMac(limits, email, nonce, issued));
	const given = new TextEncoder().encode(mac);
	return given.length === expected.length && constantTimeEqual(given, expected) ? nonce : null;
}

/** SHA-256 of a normalised email address: how an address without an account appears in the audit log. */
export function hashEmail(email: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(email.trim().toLowerCase())));
}

export interface PasswordCheck {
	/** The account, when the password is right; null when the account is unknown or the password wrong. */
	user: User | null;
	/** Whether a valid trusted-device token came with the attempt. */
	trustedDevice: boolean;
}

/**
 * The throttled password check behind sign-in and accepting an invitation with an existing account.
 * Refuses with 429 while the account and client (or the address) is paused, before any hashing; unknown
 * accounts and wrong passwords take the same time and count the same. A failure is audited without an
 * actor; an email address without an account appears only as its hash and creates nothing.
 * Without limits (tests, scripts) nothing is throttled.
 */
export async function checkPassword(
	db: Db,
	limits: SignInLimits | undefined,
	email: string,
	password: string,
	client: string | SignInClient,
	via: SignInVia,
	now = Date.now()
): Promise<PasswordCheck> {
	const { address, deviceToken } = clientOf(client);
	const device = limits && deviceToken ? trustedDevice(limits, email, deviceToken, now) : null;
	const key = throttleKey(email, device ? `device:${device}` : `address:${address}`);
	if (limits) {
		const wait = Math.max(
			limits.perAccountClient.retryAfter(key, now),
			device ? 0 : limits.perAddress.retryAfter(address, now)
		);
		if (wait > 0)
			throw new ServiceError(429, 'error.too_many_attempts', { minutes: Math.ceil(wait / MINUTE) });
		// Counted before the slow hash and taken back on success, so parallel guesses cannot all pass the check.
		limits.perAccountClient.recordFailure(key, now);
		limits.perAddress.recordFailure(address, now);
	}

	const user = db.select().from(users).where(eq(users.email, email)).get();
	const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
	if (user && valid) {
		limits?.perAccountClient.reset(key);
		limits?.perAddress.forget(address, now);
		return { user, trustedDevice: !!device };
	}
	writeAudit(db, {
		actorUserId: null,
		action: 'sign_in_failed',
		entity: user ? 'user' : 'unknown_email',
		entityId: user ? user.id : hashEmail(email),
		newValue: { address, via, ...(device ? { trustedDevice: true } : {}) }
	});
	return { user: null, trustedDevice: !!device };
}

export interface SignInResult {
	token: string;
	session: Session;
	userId: string;
	/** For the trusted-device cookie; replaces any earlier one. */
	deviceToken: string;
}

/**
 * Signs in with email and password; client is the address or { address, deviceToken }.
 * session.replaces is the session the request came with: it ends only when the sign-in succeeds.
 */
export async function signIn(
	db: Db,
	limits: SignInLimits,
	input: LoginInput,
	client: string | SignInClient,
	session: StartSession,
	now = Date.now()
): Promise<SignInResult> {
	const check = await checkPassword(db, limits, input.email, input.password, client, 'sign_in', now);
	const user = check.user;
	if (!user) throw new ServiceError(400, 'error.wrong_credentials');
	// Said only to whoever knows the password, so the message reveals nothing to a guesser.
	if (user.deactivatedAt) throw new ServiceError(403, 'error.account_deactivated');
	const started = startSession(db, user.id, session, new Date(now));
	writeAudit(db, {
		actorUserId: user.id,
		action: 'sign_in',
		entity: 'user',
		entityId: user.id,
		newValue: { address: clientOf(client).address, ...(check.trustedDevice ? { trustedDevice: true } : {}) }
	});
	return { ...started, userId: user.id, deviceToken: issueDeviceToken(limits, user.email, now) };
}

/**
 * An admin lifts every pause on the account, from every address and device, e.g. after the owner
 * called. Audited. Unknown users and non-admins get 404.
 */
export function unlockAccount(
	db: Db,
	limits: SignInLimits,
	actor: SessionUser,
	userId: string
): { cleared: number } {
	if (!actor.isAdmin) throw notFound();
	const user = db.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, userId)).get();
	if (!user) throw notFound();
	const cleared = limits.perAccountClient.resetWhere((key) => key.startsWith(`${user.email}\n`));
	writeAudit(db, {
		actorUserId: actor.id,
		action: 'unlock_sign_in',
		entity: 'user',
		entityId: user.id,
		newValue: { cleared }
	});
	return { cleared };
}

/**
 * An admin lifts the address budget and every account's pause at that address, e.g. for an office
 * behind one proxy that an attacker's failures have paused. Audited.
 */
export function unlockAddress(
	db: Db,
	limits: SignInLimits,
	actor: SessionUser,
	address: string
): { cleared: number } {
	if (!actor.isAdmin) throw notFound();
	const trimmed = address.trim();
	if (!trimmed || trimmed.length > 100) throw new ServiceError(400, 'error.invalid', undefined, 'address');
	limits.perAddress.reset(trimmed);
	const cleared = limits.perAccountClient.resetWhere((key) => key.endsWith(`\naddress:${trimmed}`));
	writeAudit(db, {
		actorUserId: actor.id,
		action: 'unlock_sign_in',
		entity: 'address',
		entityId: trimmed,
		newValue: { cleared }
	});
	return { cleared };
}

export interface FailedSignIn {
	at: Date;
	address: string;
	via: SignInVia;
	/** The account tried, when the email address has one. */
	user: { id: string; email: string; name: string } | null;
	/** For an email address without an account: its SHA-256 (see hashEmail), never the address itself. */
	unknownEmailHash: string | null;
	/** Minutes the account is still paused at that address (known accounts, and only when limits are given). */
	pausedMinutes: number;
}

/** The most recent failed sign-ins, newest first, for the admin. Others get 404. */
export function listFailedSignIns(
	db: Db,
	actor: SessionUser,
	opts: { limit?: number; limits?: SignInLimits; now?: number } = {}
): FailedSignIn[] {
	if (!actor.isAdmin) throw notFound();
	const now = opts.now ?? Date.now();
	const limit = Math.max(1, Math.min(opts.limit ?? 100, 1000));
	const rows = db
		.select({
			at: auditLog.createdAt,
			entity: auditLog.entity,
			entityId: auditLog.entityId,
			newValue: auditLog.newValue,
			userId: users.id,
			email: users.email,
			name: users.name
		})
		.from(auditLog)
		.leftJoin(users, and(eq(auditLog.entity, 'user'), eq(auditLog.entityId, users.id)))
		.where(eq(auditLog.action, 'sign_in_failed'))
		.orderBy(desc(auditLog.id))
		.limit(limit)
		.all();
	return rows.map((row) => {
		const detail = parseDetail(row.newValue);
		const user =
			row.userId && row.email !== null && row.name !== null
				? { id: row.userId, email: row.email, name: row.name }
				: null;
		const wait =
			user && opts.limits
				? opts.limits.perAccountClient.retryAfter(throttleKey(user.email, `address:${detail.address}`), now)
				: 0;
		return {
			at: row.at,
			address: detail.address,
			via: detail.via,
			user,
			unknownEmailHash: row.entity === 'unknown_email' ? row.entityId : null,
			pausedMinutes: Math.ceil(wait / MINUTE)
		};
	});
}

function parseDetail(json: string | null): { address: string; via: SignInVia } {
	try {
		const value = JSON.parse(json ?? '{}') as { address?: unknown; via?: unknown };
		return {
			address: typeof value.address === 'string' ? value.address : '',
			via: value.via === 'invitation' ? 'invitation' : 'sign_in'
		};
	} catch {
		return { address: '', via: 'sign_in' };
	}
}
