import type { Handle } from '@sveltejs/kit';
import { translate } from '../../i18n/translate';
import { evidenceFileMaxBytes } from '../services/answer-files';

/** Bytes a request body may have: small everywhere, larger only where a file or a long outline is posted. */
export const BODY_LIMITS: { prefix: RegExp; bytes: number }[] = [
	{ prefix: /^\/admin\/peers(\/|$)/, bytes: 3 * 1024 * 1024 },
	{ prefix: /^\/rounds\/[^/]+\/strategy(\/|$)/, bytes: 1024 * 1024 },
	{ prefix: /^\//, bytes: 256 * 1024 }
];

/** The evidence file upload, the one route whose limit is configured (EVIDENCE_FILE_MAX_MB). */
const UPLOAD = /^\/api\/rounds\/[^/]+\/answers\/[^/]+\/files$/;

export function bodyLimitFor(pathname: string): number {
	if (UPLOAD.test(pathname)) return evidenceFileMaxBytes();
	return BODY_LIMITS.find((l) => l.prefix.test(pathname))!.bytes;
}

/**
 * Refuses an oversized body before anything reads it. Bodies sent without a length (chunked) are still
 * capped by adapter-node's BODY_SIZE_LIMIT, and every form parser of ours is linear and caps its fields.
 */
export const handleBodyLimit: Handle = ({ event, resolve }) => {
	const length = Number(event.request.headers.get('content-length') ?? 0);
	if (length > bodyLimitFor(event.url.pathname)) {
		return new Response(translate(event.locals.locale, 'error.form_too_large'), {
			status: 413,
			headers: { 'content-type': 'text/plain; charset=utf-8', connection: 'close' }
		});
	}
	return resolve(event);
};
