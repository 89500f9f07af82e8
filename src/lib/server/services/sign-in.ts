import { eq } from 'drizzle-orm';
import type { LoginInput } from '../../domain/validation/account-forms';
import { createSession, generateToken } from '../auth';
import type { Db } from '../db/client';
import { users, type Session } from '../db/schema';
import { dummyPasswordHash, verifyPassword } from '../passwords';
import { FailureLimiter } from '../rate-limit';
import { ServiceError } from './errors';
import { writeAudit } from './audit';

export interface SignInLimits {
	perAccount: FailureLimiter;
	perAddress: FailureLimiter;
}

export function createSignInLimits(opts: {
	perAccount: number;
	perAddress: number;
	windowMinutes: number;
}): SignInLimits {
	const windowMs = opts.windowMinutes * 60_000;
	return {
		perAccount: new FailureLimiter(opts.perAccount, windowMs),
		perAddress: new FailureLimiter(opts.perAddress, windowMs)
	};
}

export interface SignInResult {
	token: string;
	session: Session;
	userId: string;
}

/**
 * Checks the limits before the password, so that a blocked caller cannot make us hash;
 * unknown accounts and wrong passwords get the same answer and take the same time.
 */
export async function signIn(
	db: Db,
	limits: SignInLimits,
	input: LoginInput,
	address: string,
	idleMs: number,
	now = Date.now()
): Promise<SignInResult> {
	const accountKey = `account:${input.email}`;
	const addressKey = `address:${address}`;
	const wait = Math.max(
		limits.perAccount.retryAfter(accountKey, now),
		limits.perAddress.retryAfter(addressKey, now)
	);
	if (wait > 0) throw new ServiceError(429, 'error.too_many_attempts', { minutes: Math.ceil(wait / 60_000) });

	const user = db.select().from(users).where(eq(users.email, input.email)).get();
	const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
	if (!user || !valid) {
		limits.perAccount.recordFailure(accountKey, now);
		limits.perAddress.recordFailure(addressKey, now);
		throw new ServiceError(400, 'error.wrong_credentials');
	}
	limits.perAccount.reset(accountKey);
	const token = generateToken();
	const session = createSession(db, token, user.id, idleMs, new Date(now));
	writeAudit(db, { actorUserId: user.id, action: 'sign_in', entity: 'user', entityId: user.id });
	return { token, session, userId: user.id };
}
