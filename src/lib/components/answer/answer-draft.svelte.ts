import type { EvidenceLink } from '$lib/domain/answer-validation';
import type { AnswerValue } from '$lib/domain/answers';
import { isErrorKey, type MessageKey } from '$lib/i18n/format';
import { dropUnsaved, stashUnsaved, type Stashed } from './unsaved-stash';

export type SaveState = 'saved' | 'dirty' | 'saving' | 'failed' | 'conflict' | 'invalid' | 'signed_out';

export interface AnswerContent {
	value: AnswerValue | null;
	justification: string;
	evidence: EvidenceLink[];
}

/** Who saved last and when, with the version the next save builds on. */
export interface SavedMeta {
	version: number;
	updatedByName: string | null;
	updatedAt: string | Date;
}

export interface ServerAnswer extends AnswerContent, SavedMeta {}

const MAX_RETRY_MS = 30_000;

/** A random id for one save; its retries send it again (the server accepts 16-64 of [A-Za-z0-9_-]). */
function newSaveId(): string {
	return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
		''
	);
}

interface Attempt {
	/** The request body, save id included: resent byte for byte until the server answers it. */
	body: string;
	/** The content it carries, to tell whether the person typed on meanwhile. */
	content: string;
}

/**
 * Content the person edits (an answer, the strategy's working draft). Every change is sent to the server;
 * the state says "saved" only after the server has committed it. Failures are retried, conflicts are
 * shown, and nothing typed is dropped while a save is under way. The server answers a save with
 * `{ answer: SavedMeta }`, a conflict with 409 `{ error: 'error.conflict', current }`.
 */
export class AutosaveDraft<C extends object, S extends SavedMeta = C & SavedMeta> {
	content = $state<C>() as C;
	version = $state(0);
	status = $state<SaveState>('saved');
	error = $state<MessageKey | null>(null);
	/** The field the server refused, with its message's parameters (e.g. the length limit). */
	errorField = $state<string | null>(null);
	errorParams = $state<Record<string, string | number> | undefined>(undefined);
	conflict = $state<S | null>(null);
	/** When and by whom the answer was last saved; the time as an ISO string. */
	savedBy = $state<{ name: string | null; at: string } | null>(null);

	private timer: ReturnType<typeof setTimeout> | undefined;
	private inFlight = false;
	private retryMs = 2_000;
	/**
	 * A save sent without an answer from the server (the network failed, or the server did): it may
	 * have been committed. It is resent as it was, same save id, before anything newer, so the server can
	 * answer with its result; a newer save sent instead would meet our own saved version as a conflict.
	 */
	private unanswered: Attempt | null = null;
	/** Who is editing (their email), to keep an answer for after signing in again; '' keeps nothing. */
	owner = '';
	/** Called with the outcome of each save that settles (not when another save follows at once). */
	onsettle: ((status: SaveState) => void) | null = null;

	constructor(
		private readonly url: string,
		empty: C,
		initial: S | null,
		private readonly fetcher: typeof fetch = (...args) => fetch(...args),
		/** The content of what the server holds; without it, a save from the server keeps what is typed. */
		private readonly contentOf?: (saved: S) => C
	) {
		this.content = empty;
		if (initial) this.accept(initial);
	}

	/**
	 * An answer a colleague saved, as the live stream tells it: taken when it is newer and this person
	 * has not touched the question; otherwise their own save meets it as a conflict, as before.
	 */
	remote(answer: S): boolean {
		if (answer.version <= this.version || this.status !== 'saved' || this.inFlight) return false;
		this.accept(answer);
		return true;
	}

	/** Puts back an answer kept when the session ended, and saves it (a conflict if others saved since). */
	restore(stashed: Stashed<C>): boolean {
		if (JSON.stringify(stashed.content) === JSON.stringify(this.content)) return false;
		this.content = stashed.content;
		this.version = stashed.version;
		this.status = 'dirty';
		this.schedule(0);
		return true;
	}

	get pending(): boolean {
		return this.status !== 'saved';
	}

	/** Records a change and saves it: at once for choices, after a pause in typing for text. */
	edit(patch: Partial<C>, delayMs = 0): void {
		this.content = { ...this.content, ...patch };
		if (this.status === 'conflict') return; // the person must first choose between the two answers
		this.status = 'dirty';
		this.error = null;
		this.errorField = null;
		this.schedule(delayMs);
	}

	/** Keeps this person's answer over the one saved meanwhile: saved on top of the newer version. */
	keepMine(): void {
		if (!this.conflict) return;
		this.version = this.conflict.version;
		this.conflict = null;
		this.status = 'dirty';
		this.schedule(0);
	}

	/** Takes the answer that was saved meanwhile and drops this person's unsaved one. */
	useTheirs(): void {
		if (!this.conflict) return;
		this.accept(this.conflict);
		this.conflict = null;
		this.status = 'saved';
	}

	flushNow(): void {
		this.schedule(0);
	}

	private accept(answer: S): void {
		if (this.contentOf) this.content = this.contentOf(answer);
		this.version = answer.version;
		this.savedBy = {
			name: answer.updatedByName,
			at: typeof answer.updatedAt === 'string' ? answer.updatedAt : answer.updatedAt.toISOString()
		};
	}

	private schedule(delayMs: number): void {
		clearTimeout(this.timer);
		this.timer = setTimeout(() => void this.save(), delayMs);
	}

	private async save(): Promise<void> {
		if (this.inFlight || this.status === 'conflict' || this.status === 'saved') return;
		this.inFlight = true;
		this.status = 'saving';
		const content = JSON.stringify(this.content);
		const attempt = (this.unanswered ??= {
			body: JSON.stringify({ ...this.content, baseVersion: this.version, saveId: newSaveId() }),
			content
		});
		try {
			const response = await this.fetcher(this.url, {
				method: 'PUT',
				headers: { 'content-type': 'application/json' },
				body: attempt.body
			});
			const body = await response.json().catch(() => ({}));
			if (response.ok) {
				this.unanswered = null;
				if (this.owner) dropUnsaved(this.url);
				this.version = body.answer.version;
				this.savedBy = { name: body.answer.updatedByName, at: String(body.answer.updatedAt) };
				this.retryMs = 2_000;
				this.status = JSON.stringify(this.content) === attempt.content ? 'saved' : 'dirty';
			} else if (response.status === 409 && body.error === 'error.conflict') {
				this.unanswered = null;
				this.conflict = body.current;
				this.status = 'conflict';
			} else if (response.status === 401 && body.error === 'error.signed_out') {
				// Not saved. Kept for after signing in again, and retried meanwhile (another tab may sign in).
				this.unanswered = null;
				if (this.owner)
					stashUnsaved(this.url, { who: this.owner, version: this.version, content: this.content });
				this.status = 'signed_out';
				this.schedule(this.retryMs);
				this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
			} else if (
				response.status >= 400 &&
				response.status < 500 &&
				response.status !== 401 &&
				response.status !== 429
			) {
				this.unanswered = null;
				this.error = isErrorKey(body.error) ? body.error : 'error.invalid';
				this.errorField = typeof body.field === 'string' ? body.field : null;
				this.errorParams = body.params ?? undefined;
				this.status = 'invalid';
			} else {
				throw new Error(`status ${response.status}`);
			}
		} catch {
			this.status = 'failed';
			this.schedule(this.retryMs);
			this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
		} finally {
			this.inFlight = false;
		}
		if (this.status === 'dirty') this.schedule(0);
		else this.onsettle?.(this.status);
	}
}

/** One question's answer as the person edits it. */
export class AnswerDraft extends AutosaveDraft<AnswerContent, ServerAnswer> {
	constructor(url: string, initial: ServerAnswer | null, fetcher?: typeof fetch) {
		super(url, { value: null, justification: '', evidence: [] }, initial, fetcher, (answer) => ({
			value: answer.value,
			justification: answer.justification,
			evidence: answer.evidence
		}));
	}
}
