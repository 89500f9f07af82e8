import type { MessageKey } from '../../i18n/translate';

/** More fields than any of our forms has (the strategy editor's longest outline stays well below). */
export const MAX_FORM_FIELDS = 4000;

export type ReadForm = { ok: true; data: FormData } | { ok: false; status: 400 | 413; error: MessageKey };

/** Reads a posted form once, refusing bodies that are not forms or have far too many fields. */
export async function readForm(request: Request): Promise<ReadForm> {
	let data: FormData;
	try {
		data = await request.formData();
	} catch {
		return { ok: false, status: 400, error: 'error.invalid' };
	}
	let count = 0;
	for (const _ of data.keys()) {
		if (++count > MAX_FORM_FIELDS) return { ok: false, status: 413, error: 'error.form_too_large' };
	}
	return { ok: true, data };
}
