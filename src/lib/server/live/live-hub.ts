import { randomBytes } from 'node:crypto';

/**
 * In-process publish/subscribe for the answering pages: who is on which area of a round now, and the
 * answers saved there. One Node process serves the app (scripts/server.js), so memory is enough; with
 * several processes each would see only its own visitors, and the pages would still work, without it.
 */

/** One person may keep this many streams open (tabs); browsers allow only six connections per host. */
export const MAX_STREAMS_PER_USER = 5;
/** All streams together, so that open connections cannot exhaust the server's sockets and memory. */
export const MAX_STREAMS = 500;
/** Events kept per round for a reconnecting page to catch up on (after sleep, a network change). */
export const REPLAY_EVENTS = 200;

export interface LiveAnswer {
	questionCode: string;
	value: unknown;
	justification: string;
	evidence: unknown[];
	version: number;
	updatedByName: string | null;
	updatedAt: string;
	[more: string]: unknown;
}

export interface Listener {
	userId: string;
	name: string;
	roundId: string;
	areaCode: string;
	/** The questions of the area: only their answers are sent. */
	codes: ReadonlySet<string>;
	send: (event: string, data: unknown, id?: string) => void;
}

interface Recorded {
	id: string;
	seq: number;
	answer: LiveAnswer;
}

/**
 * Event ids carry this process's random epoch, so an id from before a restart is recognised as
 * unknown (the page then reloads its data) rather than confused with a later event of this process.
 */
const EPOCH = randomBytes(4).toString('hex');

export class LiveHub {
	private readonly listeners = new Set<Listener>();
	private readonly recent = new Map<string, Recorded[]>();
	private seq = 0;

	constructor(
		private readonly maxPerUser = MAX_STREAMS_PER_USER,
		private readonly maxTotal = MAX_STREAMS
	) {}

	get size(): number {
		return this.listeners.size;
	}

	/** Whether one more stream of this person fits under the limits. */
	hasRoomFor(userId: string): boolean {
		if (this.listeners.size >= this.maxTotal) return false;
		let mine = 0;
		for (const l of this.listeners) if (l.userId === userId) mine++;
		return mine < this.maxPerUser;
	}

	/** Adds the stream and tells everyone on the same area who is there now. */
	subscribe(listener: Listener): () => void {
		this.listeners.add(listener);
		this.announcePresence(listener.roundId, listener.areaCode);
		return () => {
			if (this.listeners.delete(listener)) this.announcePresence(listener.roundId, listener.areaCode);
		};
	}

	/**
	 * The answer events after `lastId` for the listener's questions: null when that id is not known
	 * (another process's, or older than what is kept), and the page must reload its answers instead.
	 */
	missedSince(listener: Pick<Listener, 'roundId' | 'codes'>, lastId: string): Recorded[] | null {
		const [epoch, seqText] = lastId.split('-');
		const seq = Number(seqText);
		if (epoch !== EPOCH || !Number.isInteger(seq) || seq > this.seq) return null;
		const kept = this.recent.get(listener.roundId) ?? [];
		// Events of this round may have been dropped after seq: then what was missed cannot be told.
		if (seq < this.seq && kept.length === REPLAY_EVENTS && kept[0]!.seq > seq + 1) return null;
		return kept.filter((r) => r.seq > seq && listener.codes.has(r.answer.questionCode));
	}

	/** The id a fresh stream starts after: everything published from now on is new to it. */
	currentId(): string {
		return `${EPOCH}-${this.seq}`;
	}

	/** Tells the pages on the round that an answer was saved; call only once it is committed. */
	publishAnswer(roundId: string, answer: LiveAnswer): void {
		const seq = ++this.seq;
		const id = `${EPOCH}-${seq}`;
		const kept = this.recent.get(roundId) ?? [];
		kept.push({ id, seq, answer });
		if (kept.length > REPLAY_EVENTS) kept.shift();
		this.recent.set(roundId, kept);
		for (const l of this.listeners)
			if (l.roundId === roundId && l.codes.has(answer.questionCode)) l.send('answer', answer, id);
	}

	private announcePresence(roundId: string, areaCode: string): void {
		const here = [...this.listeners].filter((l) => l.roundId === roundId && l.areaCode === areaCode);
		const people = new Map(here.map((l) => [l.userId, l.name]));
		for (const l of here) {
			const others = [...people]
				.filter(([id]) => id !== l.userId)
				.map(([, name]) => name)
				.sort((a, b) => a.localeCompare(b));
			l.send('presence', { others });
		}
	}
}

let hub: LiveHub | undefined;

/** The process's one hub. */
export function liveHub(): LiveHub {
	return (hub ??= new LiveHub());
}
