import type { MessageKey } from './i18n/translate';

/** The one shape every action of ours returns, so pages can read it without narrowing unions. */
export interface FormState {
	action?: string;
	values?: Record<string, string>;
	errors?: Partial<Record<string, MessageKey>>;
	params?: Record<string, string | number>;
	invited?: { email: string; link: string };
	created?: string;
	/** What was saved: an area code, or true. */
	saved?: string | boolean;
	questionCode?: string;
	/** The account id or address whose sign-in limits an admin lifted. */
	unlocked?: string;
}

/** The state of one named action's form, empty when another form was submitted. */
export function stateOf(
	form: unknown,
	action?: string
): Required<Pick<FormState, 'values' | 'errors' | 'params'>> & FormState {
	const state = (form ?? {}) as FormState;
	if (action && state.action !== action) return { values: {}, errors: {}, params: {} };
	return { ...state, values: state.values ?? {}, errors: state.errors ?? {}, params: state.params ?? {} };
}
