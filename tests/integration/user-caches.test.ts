import { isRedirect } from '@sveltejs/kit';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
	createSession,
	generateToken,
	hashToken,
	invalidateUserSessions,
	sessionCookie,
	validateSessionToken
} from '../../src/lib/server/auth';
import type { Db } from '../../src/lib/server/db/client';
import { handleAuth } from '../../src/lib/server/hooks/auth';
import { hashPassword } from '../../src/lib/server/passwords';
import { requirePermission } from '../../src/lib/server/services/access';
import { autosaveAnswer } from '../../src/lib/server/services/answers';
import { acceptInvitation, createInvitation } from '../../src/lib/server/services/invitations';
import { setUserLocale } from '../../src/lib/server/services/users';
import { USER_CACHE_TTL_MS } from '../../src/lib/server/user-caches';
import { addUser, freshDb } from '../helpers/db';
import { cookieJar, fakeEvent } from '../helpers/request-event';
import { questionnaires, roundSetup, save } from './round-fixtures';

// The logout route and the auth hook use the app's database; here it is a fresh one per test.
let db: Db;
vi.mock('../../src/lib/server/db', () => ({ getDb: () => db }));
const { actions: logout } = await import('../../src/routes/logout/+page.server');

const LIFETIME = { idleMs: 120 * 60_000, absoluteMs: 12 * 3_600_000 };
const T0 = new Date('2026-03-01T10:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const NAME = sessionCookie().name;

beforeEach(() => {
	db = freshDb();
});

function signedIn() {
	const user = addUser(db, { name: 'Anna' });
	const token = generateToken();
	createSession(db, token, user.id, LIFETIME, T0);
	return { user, token };
}

/** A request through the auth hook, as the app makes every one: what it made of the cookie. */
function request(token: string) {
	const { cookies } = cookieJar({ [NAME]: token });
	const event = fakeEvent({ path: '/dashboard', cookies });
	void handleAuth({ event, resolve: () => new Response() });
	return event.locals;
}

describe('session cache', () => {
	it('never lets a signed-out session through, though the cache held it a moment ago', async () => {
		const user = addUser(db);
		// Started now: the hook validates with the clock, like the server.
		const fresh = generateToken();
		createSession(db, fresh, user.id, LIFETIME);
		const locals = request(fresh);
		expect(locals.user?.id).toBe(user.id);
		expect(request(fresh).user?.id).toBe(user.id); // now from the cache

		const { cookies } = cookieJar({ [NAME]: fresh });
		const outcome = await Promise.resolve()
			.then(() => logout.default({ locals, cookies } as never))
			.catch((e: unknown) => e);
		expect(isRedirect(outcome)).toBe(true);

		expect(request(fresh).user).toBeNull();
		expect(validateSessionToken(db, fresh, LIFETIME).session).toBeNull();
	});

	it('drops every cached session of a user whose sessions all end', () => {
		const { user, token } = signedIn();
		const second = generateToken();
		createSession(db, second, user.id, LIFETIME, T0);
		expect(validateSessionToken(db, token, LIFETIME, at(1_000)).user?.id).toBe(user.id);
		expect(validateSessionToken(db, second, LIFETIME, at(1_000)).user?.id).toBe(user.id);
		invalidateUserSessions(db, user.id);
		expect(validateSessionToken(db, token, LIFETIME, at(1_001)).user).toBeNull();
		expect(validateSessionToken(db, second, LIFETIME, at(1_001)).user).toBeNull();
	});

	it('applies the expiry to a cached session too', () => {
		const short = { idleMs: 3_000, absoluteMs: 12 * 3_600_000 };
		const user = addUser(db);
		const token = generateToken();
		createSession(db, token, user.id, short, T0);
		expect(validateSessionToken(db, token, short, at(1_000)).user?.id).toBe(user.id);
		expect(validateSessionToken(db, token, short, at(3_000)).user).toBeNull();
	});

	it('sees a change made past the services (another process) within its few seconds', () => {
		const { user, token } = signedIn();
		expect(validateSessionToken(db, token, LIFETIME, at(1_000)).user?.id).toBe(user.id);
		db.$client.prepare('delete from sessions where id = ?').run(hashToken(token));
		// Served from the cache: this is what the services' invalidation calls are there to prevent.
		expect(validateSessionToken(db, token, LIFETIME, at(2_000)).user?.id).toBe(user.id);
		expect(validateSessionToken(db, token, LIFETIME, at(1_000 + USER_CACHE_TTL_MS)).user).toBeNull();
	});

	it('carries a new language of the account from the next request on', () => {
		const { user, token } = signedIn();
		expect(validateSessionToken(db, token, LIFETIME, at(1_000)).user?.locale).toBeNull();
		setUserLocale(db, user.id, 'fi');
		expect(validateSessionToken(db, token, LIFETIME, at(1_001)).user?.locale).toBe('fi');
	});

	it('hands out copies, so a request cannot change what the next one sees', () => {
		const { token } = signedIn();
		const first = validateSessionToken(db, token, LIFETIME, at(1_000));
		first.user!.name = 'Mallory';
		first.session!.expiresAt = at(99 * 3_600_000);
		const second = validateSessionToken(db, token, LIFETIME, at(1_001));
		expect(second.user?.name).toBe('Anna');
		expect(second.session?.expiresAt.getTime()).toBe(T0.getTime() + LIFETIME.idleMs);
	});
});

describe('roles cache', () => {
	it('lets a person answer at once after accepting an invitation, though a refusal was cached', async () => {
		const ctx = roundSetup();
		db = ctx.db;
		const password = 'a-long-enough-password';
		const nina = addUser(db, {
			name: 'Nina',
			email: 'nina@test.example',
			passwordHash: await hashPassword(password)
		});
		expect(() => requirePermission(db, nina, ctx.town.id, 'answer')).toThrow();
		await expect(
			autosaveAnswer(db, questionnaires, nina, ctx.round.id, 'q1', save({ kind: 'dont_know' }))
		).rejects.toMatchObject({ status: 404 });

		const { token } = createInvitation(
			db,
			ctx.coordinator,
			{ email: nina.email, role: 'member', municipalityId: ctx.town.id },
			7
		);
		await acceptInvitation(db, token, { kind: 'existing', password });

		expect(requirePermission(db, nina, ctx.town.id, 'answer')).toEqual(['member']);
		await expect(
			autosaveAnswer(db, questionnaires, nina, ctx.round.id, 'q1', save({ kind: 'dont_know' }))
		).resolves.toMatchObject({ version: 1, updatedByName: 'Nina' });
	});
});
