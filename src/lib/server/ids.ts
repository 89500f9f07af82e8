import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/** A random, unguessable id for rows whose id appears in URLs. */
export function newId(): string {
	const bytes = new Uint8Array(12);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}
