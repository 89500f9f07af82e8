import type { MessageKey } from './i18n/translate';

/** The one shape every action of ours returns, so pages can read it without narrowing unions. */
export interface FormState {
	action?: string;
	values?: Record<string, string>;
	errors?: Partial<Record<string, MessageKey>>;
	params?: Record<string, string | number>;
	/** An invitation created or renewed; the link only when it was not mailed (no SMTP), to be shown once. */
	invited?: { email: string; link?: string };
	/** The e-mail address of a cancelled invitation. */
	cancelled?: string;
	created?: string;
	/** What was saved: an area code, or true. */
	saved?: string | boolean;
	questionCode?: string;
	/** The account id or address whose sign-in limits an admin lifted. */
	unlocked?: string;
	/** The name of the person a working-group change was about, for its confirmation. */
	person?: string;
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
