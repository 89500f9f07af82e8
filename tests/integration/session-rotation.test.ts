import { isRedirect, type RequestEvent } from '@sveltejs/kit';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSession, generateToken, sessionCookie, validateSessionToken } from '../../src/lib/server/auth';
import { sessionLifetime } from '../../src/lib/server/config';
import type { Db } from '../../src/lib/server/db/client';
import { handleAuth } from '../../src/lib/server/hooks/auth';
import { hashPassword } from '../../src/lib/server/passwords';
import { createInvitation } from '../../src/lib/server/services/invitations';
import { addMunicipality, addUser, freshDb } from '../helpers/db';
import { cookieJar, fakeEvent } from '../helpers/request-event';

// The routes and the hook use the app's database; here it is a fresh one per test.
let db: Db;
vi.mock('../../src/lib/server/db', () => ({ getDb: () => db }));

const { actions: login } = await import('../../src/routes/login/+page.server');
const { actions: invite } = await import('../../src/routes/invite/[token=token]/+page.server');

const PASSWORD = 'a-long-enough-password';
const NAME = sessionCookie().name;

beforeEach(() => {
	db = freshDb();
});

/** A browser signed in as the user: its jar and what the auth hook made of the cookie. */
function browserWith(userId: string) {
	const token = generateToken();
	createSession(db, token, userId, sessionLifetime());
	const { jar, cookies } = cookieJar({ [NAME]: token });
	const event = fakeEvent({ path: '/', cookies });
	void handleAuth({ event, resolve: () => new Response() });
	expect(event.locals.session).not.toBeNull();
	return { token, jar, cookies, locals: event.locals };
}

/** Runs an action, which must end in the redirect of a successful sign-in. */
async function expectRedirect(action: (e: never) => unknown, event: RequestEvent) {
	const outcome = await Promise.resolve()
		.then(() => action(event as never))
		.then(
			(value) => ({ value }),
			(error: unknown) => ({ error })
		);
	expect('error' in outcome && isRedirect(outcome.error)).toBe(true);
}

const valid = (token: string | undefined) => validateSessionToken(db, token ?? '', sessionLifetime()).user;

describe('session rotation on sign-in', () => {
	it('the auth hook reads the cookie under the configured name', () => {
		const user = addUser(db);
		expect(browserWith(user.id).locals.user?.id).toBe(user.id);
	});

	it('signing in ends the session the request came with and starts a fresh one', async () => {
		const anna = addUser(db, { email: 'anna@test.example', passwordHash: await hashPassword(PASSWORD) });
		const previous = addUser(db);
		const annaElsewhere = generateToken();
		createSession(db, annaElsewhere, anna.id, sessionLifetime());
		const browser = browserWith(previous.id);

		const form = { email: 'anna@test.example', password: PASSWORD };
		const event = fakeEvent({ path: '/login', form, cookies: browser.cookies, locals: browser.locals });
		await expectRedirect(login.default, event);

		const fresh = browser.jar.get(NAME);
		expect(fresh).toBeDefined();
		expect(fresh).not.toBe(browser.token);
		expect(valid(browser.token)).toBeNull();
		expect(valid(fresh)?.id).toBe(anna.id);
		expect(valid(annaElsewhere)?.id).toBe(anna.id);
	});

	it('a failed sign-in leaves the current session alone', async () => {
		addUser(db, { email: 'anna@test.example', passwordHash: await hashPassword(PASSWORD) });
		const signedIn = addUser(db);
		const browser = browserWith(signedIn.id);
		const form = { email: 'anna@test.example', password: 'wrong-password' };
		const event = fakeEvent({ path: '/login', form, cookies: browser.cookies, locals: browser.locals });
		await login.default(event as never);
		expect(valid(browser.token)?.id).toBe(signedIn.id);
	});
});

describe('session rotation on accepting an invitation', () => {
	function invitationFor(email: string) {
		const admin = addUser(db, { isAdmin: true });
		const town = addMunicipality(db);
		return createInvitation(db, admin, { email, role: 'member', municipalityId: town.id }, 7).token;
	}

	it('a new account: the session of whoever was signed in ends', async () => {
		const token = invitationFor('nina@test.example');
		const browser = browserWith(addUser(db).id);
		const form = { name: 'Nina', password: PASSWORD, passwordConfirm: PASSWORD };
		const event = fakeEvent({ path: '/invite/x', form, params: { token }, ...browser });
		await expectRedirect(invite.default, event);

		expect(valid(browser.token)).toBeNull();
		expect(valid(browser.jar.get(NAME))?.email).toBe('nina@test.example');
	});

	it('an existing account: the old session ends, the account keeps its others, the new one is fresh', async () => {
		const nina = addUser(db, { email: 'nina@test.example', passwordHash: await hashPassword(PASSWORD) });
		const ninaElsewhere = generateToken();
		createSession(db, ninaElsewhere, nina.id, sessionLifetime());
		const token = invitationFor(nina.email);
		const browser = browserWith(nina.id);
		const event = fakeEvent({
			path: '/invite/x',
			form: { password: PASSWORD },
			params: { token },
			...browser
		});
		await expectRedirect(invite.default, event);

		const fresh = browser.jar.get(NAME);
		expect(fresh).not.toBe(browser.token);
		expect(valid(browser.token)).toBeNull();
		expect(valid(fresh)?.id).toBe(nina.id);
		expect(valid(ninaElsewhere)?.id).toBe(nina.id);
	});
});
