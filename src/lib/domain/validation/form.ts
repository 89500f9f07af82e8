import type { z } from 'zod';
import { isErrorKey, type MessageKey } from '../../i18n/format';

export type FieldErrors = Record<string, MessageKey>;

export type FormResult<T> =
	{ ok: true; data: T } | { ok: false; values: Record<string, string>; errors: FieldErrors };

/** Text values of a form, without passwords, to fill the form again after an error. */
export function formValues(
	form: FormData,
	omit: string[] = ['password', 'passwordConfirm', 'currentPassword']
): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [key, value] of form.entries()) {
		if (typeof value === 'string' && !omit.includes(key)) values[key] = value;
	}
	return values;
}

/** Parses form data with a schema whose error messages are catalogue keys; the first error per field wins. */
export function parseForm<T>(schema: z.ZodType<T>, form: FormData): FormResult<T> {
	const raw = Object.fromEntries(groupFields(form));
	const result = schema.safeParse(raw);
	if (result.success) return { ok: true, data: result.data };
	const errors: FieldErrors = {};
	for (const issue of result.error.issues) {
		const field = String(issue.path[0] ?? 'form');
		errors[field] ??= isErrorKey(issue.message) ? issue.message : 'error.invalid';
	}
	return { ok: false, values: formValues(form), errors };
}

/** Each field's value, or its values when repeated, in one pass: repeated getAll() calls cost n² on big forms. */
export function groupFields(form: FormData): Map<string, FormDataEntryValue | FormDataEntryValue[]> {
	const fields = new Map<string, FormDataEntryValue | FormDataEntryValue[]>();
	for (const [key, value] of form.entries()) {
		const seen = fields.get(key);
		if (seen === undefined) fields.set(key, value);
		else if (Array.isArray(seen)) seen.push(value);
		else fields.set(key, [seen, value]);
	}
	return fields;
}
