import type { StoredAnswer } from '../services/answers';
import { liveHub } from './live-hub';

/**
 * Tells the pages open on the round about a committed answer (the live hub). Returns the answer, so a
 * save can pass it on. Who saved it goes by name only: user ids stay on the server. A failure here is
 * logged, never passed on: the save is committed, and its reply must say so.
 */
export function publishSaved(roundId: string, saved: StoredAnswer): StoredAnswer {
	try {
		const { updatedBy: _id, updatedAt, ...rest } = saved;
		liveHub().publishAnswer(roundId, { ...rest, updatedAt: updatedAt.toISOString() });
	} catch (e) {
		console.error('live update not sent', e);
	}
	return saved;
}
