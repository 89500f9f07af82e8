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
 * Refuses an oversized body before anything reads it. A body sent without a length (chunked) is refused
 * too: adapter-node's BODY_SIZE_LIMIT is as large as an evidence file, so only a declared length lets each
 * route keep its own limit. Browsers declare the length of every form, fetch and file upload.
 */
export const handleBodyLimit: Handle = ({ event, resolve }) => {
	const declared = event.request.headers.get('content-length');
	if (declared === null && event.request.headers.has('transfer-encoding')) {
		return new Response(translate(event.locals.locale, 'error.length_required'), {
			status: 411,
			headers: { 'content-type': 'text/plain; charset=utf-8', connection: 'close' }
		});
	}
	const length = Number(declared ?? 0);
	if (length > bodyLimitFor(event.url.pathname)) {
		return new Response(translate(event.locals.locale, 'error.form_too_large'), {
			status: 413,
			headers: { 'content-type': 'text/plain; charset=utf-8', connection: 'close' }
		});
	}
	return resolve(event);
};
