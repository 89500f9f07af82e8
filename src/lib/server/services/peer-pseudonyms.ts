import { createHmac } from 'node:crypto';
import { decodeHex, encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { appSecrets } from '../db/schema';

const SECRET_NAME = 'peer_pseudonyms';
const keys = new WeakMap<Db, Uint8Array>();

/**
 * The key, made by whichever process asks first and kept in the database from then on: hand-picked
 * groups in bookmarked links keep working after a restart, and no setting has to be configured. Whoever
 * can read the key can read the real ids next to it anyway.
 */
function pseudonymKey(db: Db): Uint8Array {
	let key = keys.get(db);
	if (!key) {
		const fresh = encodeHexLowerCase(crypto.getRandomValues(new Uint8Array(32)));
		// Two processes starting at once: the first insert wins and both read the same key.
		db.insert(appSecrets).values({ name: SECRET_NAME, value: fresh }).onConflictDoNothing().run();
		const stored = db
			.select({ value: appSecrets.value })
			.from(appSecrets)
			.where(eq(appSecrets.name, SECRET_NAME))
			.get()!;
		key = decodeHex(stored.value);
		keys.set(db, key);
	}
	return key;
}

/**
 * The ids anonymous peers have in the comparisons of one round: an HMAC of the real id, keyed with a
 * server secret and the viewing round. The browser cannot tell the municipality from it, not even by
 * hashing ids it knows from a named publication, nor match it with the id another round's comparison
 * shows; yet the same round gets the same id in every request, as the hand-picked group (?peers=) needs.
 */
export function peerPseudonyms(db: Db, viewerRoundId: string): (peerId: string) => string {
	const key = pseudonymKey(db);
	// Node's native HMAC: the same bytes as a JavaScript one, some four times faster over 5,000 peers.
	return (peerId) => {
		const mac = createHmac('sha256', key).update(`${viewerRoundId}\n${peerId}`).digest();
		return `a:${encodeBase32LowerCaseNoPadding(mac.subarray(0, 16))}`;
	};
}
