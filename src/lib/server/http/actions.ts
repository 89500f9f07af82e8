import { fail, isActionFailure, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { formValues, parseForm } from '../../domain/validation/form';
import type { FormState } from '../../form-state';
import { isMessageKey, type MessageKey } from '../../i18n/translate';
import { ServiceError } from '../services/errors';
import { contextFor, requireUser, type Access, type RouteContext } from './context';
import { readForm } from './read-form';

interface ActionOptions<T> extends Access {
	/** Names the form on a page with several, so the page shows errors beside the right one. */
	action?: string;
	schema?: z.ZodType<T>;
	/** Adds values the route knows (say, an id from the path) before parsing; a message key refuses the form. */
	prepare?: (form: FormData) => unknown;
	/** Result key → form field sent back in every answer, so the page knows which card the result is for. */
	echo?: Record<string, string>;
}

type Result = Record<string, unknown> | void | ActionFailure<FormState>;
type Run<E extends RequestEvent, T, R> = (ctx: RouteContext<E>, data: T, form: FormData) => R | Promise<R>;

/** A refused service call becomes fail() with the message under its field and the typed values kept. */
export function failFrom(e: unknown, values: Record<string, string> = {}, extra: FormState = {}) {
	if (e instanceof ServiceError) {
		const errors: Partial<Record<string, MessageKey>> = { [e.field ?? 'form']: e.messageKey };
		return fail(e.status, { ...extra, values, errors, params: e.params ?? {} });
	}
	throw e;
}

/**
 * Runs a form action the one house way: sign-in check, the form read once and parsed with the schema,
 * then one service call; refusals come back as fail() with what the person typed.
 */
export async function formAction<E extends RequestEvent, T = Record<string, never>, R extends Result = void>(
	event: E,
	options: ActionOptions<T>,
	run: Run<E, T, R>
) {
	const ctx = contextFor(event, requireUser(event), options);
	return handleForm(ctx, options, run);
}

/** The same for forms anyone may post (sign-in, invitations): there is no user to check. */
export async function publicFormAction<
	E extends RequestEvent,
	T = Record<string, never>,
	R extends Result = void
>(
	event: E,
	options: Omit<ActionOptions<T>, 'admin'>,
	run: (event: E, data: T, form: FormData) => R | Promise<R>
) {
	return handleForm({ event }, options, (ctx, data, form) => run(ctx.event, data, form));
}

async function handleForm<C extends { event: RequestEvent }, T, R extends Result>(
	ctx: C,
	options: ActionOptions<T>,
	run: (ctx: C, data: T, form: FormData) => R | Promise<R>
) {
	const form = await readForm(ctx.event.request);
	if (!form.ok)
		return fail(form.status, {
			action: options.action,
			values: {},
			errors: { form: form.error },
			params: {}
		});
	const echoed = Object.entries(options.echo ?? {}).map(([k, f]) => [k, String(form.data.get(f) ?? '')]);
	const action = { action: options.action, ...Object.fromEntries(echoed) };
	const refused = await options.prepare?.(form.data);
	if (isMessageKey(refused))
		return fail(400, { ...action, values: {}, errors: { form: refused }, params: {} });
	let data = {} as T;
	if (options.schema) {
		const parsed = parseForm(options.schema, form.data);
		if (!parsed.ok) return fail(400, { ...action, values: parsed.values, errors: parsed.errors, params: {} });
		data = parsed.data;
	}
	try {
		const result = await run(ctx, data, form.data);
		if (isActionFailure(result)) return result;
		return { ...action, ...(result ?? {}) } as FormState & Exclude<R, void | ActionFailure<FormState>>;
	} catch (e) {
		return failFrom(e, formValues(form.data), action);
	}
}
