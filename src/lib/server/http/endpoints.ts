import { json, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { AnswerConflict } from '../services/answers';
import { ServiceError } from '../services/errors';
import { contextFor, requireUser, type Access, type RouteContext } from './context';
import { loadOrError } from './loads';

/** Largest JSON body an endpoint of ours takes (an answer with its justification and evidence). */
export const MAX_JSON_BYTES = 256 * 1024;

/** A download for signed-in users: refusals become the usual error pages, as for a page load. */
export async function fileEndpoint<E extends RequestEvent>(
	event: E,
	run: (ctx: RouteContext<E>) => Response | Promise<Response>,
	access: Access = {}
): Promise<Response> {
	const ctx = contextFor(event, requireUser(event), access);
	try {
		return await run(ctx);
	} catch (e) {
		return loadOrError(() => {
			throw e;
		});
	}
}

/** A private file to save: never kept by a shared cache, since it holds a municipality's own data. */
export function download(body: BodyInit, contentType: string, filename: string): Response {
	return new Response(body, {
		headers: {
			'content-type': contentType,
			'content-disposition': contentDisposition(filename),
			'cache-control': 'private, no-store',
			'x-content-type-options': 'nosniff'
		}
	});
}

/**
 * `attachment` with the name: an ASCII fallback in `filename` (quotes and controls replaced) and, when the
 * name has other letters (ä, ö, å …), the exact one in `filename*` (RFC 6266), which browsers prefer.
 */
export function contentDisposition(filename: string): string {
	const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
	if (ascii === filename) return `attachment; filename="${ascii}"`;
	return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/**
 * A JSON API call: 401 when signed out, the body parsed with the schema, service refusals as
 * `{ error: messageKey }` with their status, so scripts in the page can show them in the reader's language.
 */
export async function jsonEndpoint<E extends RequestEvent, T>(
	event: E,
	schema: z.ZodType<T>,
	run: (ctx: RouteContext<E>, data: T) => unknown,
	/** A bigger limit for a bigger document (the strategy's working draft). */
	maxBytes = MAX_JSON_BYTES
): Promise<Response> {
	if (!event.locals.user) {
		const deactivated = event.locals.sessionEnded === 'deactivated';
		return json({ error: deactivated ? 'error.account_deactivated' : 'error.signed_out' }, { status: 401 });
	}
	const ctx = contextFor(event, event.locals.user);
	const text = await event.request.text();
	if (text.length > maxBytes) return json({ error: 'error.form_too_large' }, { status: 413 });
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		return json({ error: 'error.invalid' }, { status: 400 });
	}
	const parsed = schema.safeParse(body);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		const key = issue && issue.message.startsWith('error.') ? issue.message : 'error.invalid';
		return json({ error: key, field: String(issue?.path[0] ?? '') }, { status: 400 });
	}
	try {
		// Awaited, so that a service that answers later (the autosave's group commit) is answered the same way.
		return json(await run(ctx, parsed.data));
	} catch (e) {
		// A conflict carries what is saved now, so the editor can offer it next to the person's own text.
		if (e instanceof AnswerConflict || (e instanceof ServiceError && e.status === 409 && 'current' in e))
			return json({ error: e.messageKey, current: e.current }, { status: 409 });
		if (e instanceof ServiceError)
			return json({ error: e.messageKey, params: e.params, field: e.field }, { status: e.status });
		throw e;
	}
}
