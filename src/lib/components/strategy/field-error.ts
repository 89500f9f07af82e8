import { rowOfField } from '$lib/domain/strategy/limits';
import type { MessageKey } from '$lib/i18n';

/** An error shown beside one field of the editor; `row` makes it name the measure or indicator. */
export interface FieldError {
	key: MessageKey;
	params?: Record<string, string | number>;
	row?: { kind: 'measure' | 'indicator'; n: number };
}

/** The editor's current error: the field the server named (e.g. `m_end_3`) and what is wrong with it. */
export interface EditorError {
	field: string;
	key: MessageKey;
	params?: Record<string, string | number>;
}

/** The error for one field, or null when the current error is about another field. */
export function errorFor(error: EditorError | null, field: string): FieldError | null {
	if (!error || error.field !== field) return null;
	const row = rowOfField(field);
	return {
		key: error.key,
		params: error.params,
		row: row ? { kind: row.list === 'm' ? 'measure' : 'indicator', n: row.index + 1 } : undefined
	};
}
