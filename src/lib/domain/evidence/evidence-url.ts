/**
 * Evidence addresses as people type them: `www.testila.fi/kurssit` and bare domains are read as https,
 * schemes that run code in the reader's browser are refused. Pure, so the editor (before a save) and the
 * server (on every save) decide the same way, and what the card shows is what is stored.
 */

/** Schemes that would run code or embed content when a reader follows the link. */
const UNSAFE = new Set(['javascript', 'data', 'vbscript', 'file', 'blob', 'about']);
/** Schemes stored as typed; anything else is most likely a typo and is refused with a hint. */
const ALLOWED = new Set(['http', 'https', 'mailto', 'ftp', 'ftps', 'sftp']);
export const MAX_EVIDENCE_URL = 2000;

export type EvidenceUrlResult =
	| { ok: true; url: string }
	| { ok: false; error: 'error.evidence_url' | 'error.evidence_url_unsafe' | 'error.too_long' };

/** A scheme is letters before a colon that is not followed by a port number (`host:8080`). */
const SCHEME = /^([a-z][a-z0-9+.-]*):(?!\d)/i;
/** A host with at least one dot and a top-level label of letters, or localhost; then an optional rest. */
const BARE =
	/^(localhost|(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,63})(:\d{1,5})?([/?#]\S*)?$/iu;

/** The address to store for what was typed: '' stays '' (a draft row that has only a title). */
export function normaliseEvidenceUrl(typed: string): EvidenceUrlResult {
	// Browsers drop control characters and spaces around an address; so do we, so a refused scheme
	// cannot hide behind them (" java\tscript:").
	// eslint-disable-next-line no-control-regex
	const text = typed.replace(/[\u0000-\u001f\u007f]/g, '').trim();
	if (text === '') return { ok: true, url: '' };
	if (text.length > MAX_EVIDENCE_URL) return { ok: false, error: 'error.too_long' };
	const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
	if (scheme !== undefined) {
		if (UNSAFE.has(scheme)) return { ok: false, error: 'error.evidence_url_unsafe' };
		if (!ALLOWED.has(scheme)) return { ok: false, error: 'error.evidence_url' };
		if (scheme === 'mailto') return /^mailto:[^\s@]+@[^\s@]+$/i.test(text) ? ok(text) : bad();
		return parses(text) && /^[a-z]+:\/\/[^/\s]/i.test(text) && !/\s/.test(text) ? ok(text) : bad();
	}
	if (text.startsWith('//')) return normaliseEvidenceUrl(`https:${text}`);
	if (!BARE.test(text)) return bad();
	const url = `https://${text}`;
	return parses(url) ? ok(url) : bad();
}

function ok(url: string): EvidenceUrlResult {
	return { ok: true, url };
}
function bad(): EvidenceUrlResult {
	return { ok: false, error: 'error.evidence_url' };
}
function parses(url: string): boolean {
	try {
		new URL(url);
		return true;
	} catch {
		return false;
	}
}
