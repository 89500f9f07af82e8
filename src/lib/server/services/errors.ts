import type { MessageKey, MessageParams } from '../../i18n/translate';

/** A refusal the user can understand: HTTP status plus a message key in the catalogue. */
export class ServiceError extends Error {
	constructor(
		readonly status: 400 | 403 | 404 | 409 | 413 | 415 | 429,
		readonly messageKey: MessageKey,
		readonly params?: MessageParams,
		/** The form field the error belongs to, when there is one. */
		readonly field?: string
	) {
		super(messageKey);
		this.name = 'ServiceError';
	}
}

export const notFound = () => new ServiceError(404, 'error.not_found');
