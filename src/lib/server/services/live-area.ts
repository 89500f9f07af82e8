import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { eventStream } from '../live/event-stream';
import { liveHub } from '../live/live-hub';
import { notFound, ServiceError } from './errors';
import { roundFor } from './round-access';

/** Longest Last-Event-ID taken: ours are `<8 hex>-<number>`. */
const MAX_EVENT_ID = 40;

/**
 * The live stream of one area page: who else is on it, and answers saved there, for anyone who may see
 * the round (others get 404, as for the page). Refused with 429 past the connection limits; the page
 * works without it.
 */
export function openAreaStream(
	db: Db,
	questionnaires: ReadonlyMap<string, Questionnaire>,
	user: SessionUser,
	roundId: string,
	areaCode: string,
	lastEventId: string | null,
	signal: AbortSignal
): Response {
	const { questionnaire } = roundFor(db, questionnaires, user, roundId, 'view_municipality');
	const area = questionnaire.areas.find((a) => a.code === areaCode && !a.composite);
	if (!area) throw notFound();
	const hub = liveHub();
	if (!hub.hasRoomFor(user.id)) throw new ServiceError(429, 'error.live_too_many');
	return eventStream(
		hub,
		{
			userId: user.id,
			name: user.name,
			roundId,
			areaCode,
			codes: new Set(area.questions.map((q) => q.code))
		},
		lastEventId && lastEventId.length <= MAX_EVENT_ID ? lastEventId : null,
		signal
	);
}
