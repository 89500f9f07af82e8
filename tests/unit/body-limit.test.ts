import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { handleBodyLimit } from '../../src/lib/server/hooks/body-limit';

/** What the hook answers for a request to `path` with these headers; 'passed' when it lets it through. */
async function answer(path: string, headers: Record<string, string>) {
	const event = {
		request: { headers: new Headers(headers) },
		url: new URL(`http://localhost${path}`),
		locals: { locale: 'en' }
	} as unknown as RequestEvent;
	const response = await handleBodyLimit({ event, resolve: async () => new Response('passed') });
	return { status: response.status, text: await response.text() };
}

describe('request bodies', () => {
	it('refuses a body of unknown length, so no route can be sent more than its own limit', async () => {
		const chunked = await answer('/rounds/r1/areas/a', { 'transfer-encoding': 'chunked' });
		expect(chunked).toEqual({
			status: 411,
			text: 'Send the request with its length (Content-Length); this server does not take bodies of unknown length.'
		});
		expect((await answer('/api/rounds/r1/answers/q1/files', { 'transfer-encoding': 'chunked' })).status).toBe(
			411
		);
	});

	it('lets a declared length through up to the route’s limit, and refuses one over it', async () => {
		expect(await answer('/rounds/r1/areas/a', { 'content-length': String(256 * 1024) })).toEqual({
			status: 200,
			text: 'passed'
		});
		expect((await answer('/rounds/r1/areas/a', { 'content-length': String(256 * 1024 + 1) })).status).toBe(
			413
		);
		expect(
			(await answer('/api/rounds/r1/answers/q1/files', { 'content-length': String(5 * 1024 * 1024) })).status
		).toBe(200);
		expect((await answer('/logout', {})).text).toBe('passed');
	});
});
