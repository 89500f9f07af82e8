import { anonymousLabels } from '../../domain/comparison/groups';
import { toColumns, type PeerColumns } from '../../domain/comparison/peer-columns';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { Db } from '../db/client';
import { peerPseudonyms } from './peer-pseudonyms';
import { peerSample } from './peer-sample';

/** The peer sample of one questionnaire as every request reads it, until invalidatePeerSample. */
export interface CachedSample {
	columns: PeerColumns;
	/** Real id → index, for leaving the viewer's own municipality out and finding named peers by id. */
	indexOf: ReadonlyMap<string, number>;
	/** Named peers in the picker's alphabetical order. */
	namedOrder: Uint32Array;
	viewers: Map<string, ViewerPeers>;
	/** The questionnaire ids whose results the sample holds: the version and the one it replaced. */
	lineage: readonly string[];
}

/** The sample as one round's comparisons show it: anonymous peers by pseudonym and letter. */
export interface ViewerPeers {
	/** Index of the viewer municipality's own entry, −1 when it has none. */
	exclude: number;
	/** The id the browser sees, per index: the real one for named peers, the pseudonym for anonymous ones. */
	ids: readonly string[];
	letters: readonly (string | null)[];
	/** Pseudonym → index of the anonymous peers. */
	byPseudonym: ReadonlyMap<string, number>;
	/** Everyone but the viewer in the order the picker has always had: by name, anonymous ones by letter. */
	pickOrder: Uint32Array;
}

/** Rounds whose pseudonyms are kept: each holds a string per anonymous peer, some 0.5 MB at 10,000 peers. */
const MAX_VIEWERS = 32;
const collator = new Intl.Collator('fi');
const samples = new WeakMap<Db, Map<string, CachedSample>>();

/**
 * The peer sample of the questionnaire, read from the database and parsed only when it changed. Every
 * service that publishes, corrects or hides results, or imports or deletes reference results, calls
 * invalidatePeerSample; tests/integration/peer-cache.test.ts holds each of them to it.
 */
export function cachedSample(db: Db, questionnaire: Questionnaire): CachedSample {
	let byQuestionnaire = samples.get(db);
	if (!byQuestionnaire) samples.set(db, (byQuestionnaire = new Map()));
	const id = questionnaire.framework.id;
	let sample = byQuestionnaire.get(id);
	if (!sample) {
		// A newer version's rounds are compared with peers of the version it replaced as well, so the
		// sample does not start empty; areas whose questions changed are flagged on the round's own change.
		const lineage = questionnaire.framework.supersedes ? [id, questionnaire.framework.supersedes] : [id];
		const peers = peerSample(db, lineage);
		const columns = toColumns(
			peers,
			questionnaire.areas.map((a) => a.code)
		);
		const named = [...peers.keys()].filter((i) => columns.names[i] !== null);
		named.sort((a, b) => collator.compare(columns.names[a]!, columns.names[b]!) || a - b);
		sample = {
			columns,
			indexOf: new Map(columns.ids.map((peerId, i) => [peerId, i])),
			namedOrder: Uint32Array.from(named),
			viewers: new Map(),
			lineage
		};
		byQuestionnaire.set(id, sample);
	}
	return sample;
}

/** Forgets the cached sample of one questionnaire, or of all; the next request reads the database again. */
export function invalidatePeerSample(db: Db, questionnaireId?: string): void {
	if (questionnaireId === undefined) samples.delete(db);
	else
		for (const [id, sample] of samples.get(db) ?? [])
			if (sample.lineage.includes(questionnaireId)) samples.get(db)!.delete(id);
}

/** The picker sorted anonymous peers by "~" and the padded letter; merging keeps that order without a sort. */
const anonymousKey = (letter: string) => `~${letter.padStart(4, ' ')}`;

/**
 * The sample as one round's comparisons show it, kept for the rounds viewed last: a pseudonym costs an
 * HMAC, and the letters depend on all of them, so they are made once per round rather than per request.
 */
export function viewerPeers(
	db: Db,
	sample: CachedSample,
	viewerRoundId: string,
	viewerMunicipalityId: string
): ViewerPeers {
	const cached = sample.viewers.get(viewerRoundId);
	if (cached) {
		// Least recently used goes first when the map is full.
		sample.viewers.delete(viewerRoundId);
		sample.viewers.set(viewerRoundId, cached);
		return cached;
	}
	const { columns } = sample;
	const exclude = sample.indexOf.get(`m:${viewerMunicipalityId}`) ?? -1;
	const pseudonym = peerPseudonyms(db, viewerRoundId);
	const ids = columns.ids.map((id, i) => (columns.names[i] === null && i !== exclude ? pseudonym(id) : id));
	const anonymous = [...ids.keys()].filter((i) => columns.names[i] === null && i !== exclude);
	const labels = anonymousLabels(anonymous.map((i) => ids[i]!));
	const letters = ids.map((id, i) => (columns.names[i] === null ? (labels.get(id) ?? null) : null));
	const byLetter = anonymous.sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
	const named = sample.namedOrder.filter((i) => i !== exclude);
	const pickOrder = new Uint32Array(named.length + byLetter.length);
	for (let a = 0, b = 0, k = 0; k < pickOrder.length; k++) {
		const takeNamed =
			b >= byLetter.length ||
			(a < named.length &&
				(collator.compare(columns.names[named[a]!]!, anonymousKey(letters[byLetter[b]!]!)) ||
					named[a]! - byLetter[b]!) < 0);
		pickOrder[k] = takeNamed ? named[a++]! : byLetter[b++]!;
	}
	const byPseudonym = new Map(anonymous.map((i) => [ids[i]!, i]));
	const viewer = { exclude, ids, letters, byPseudonym, pickOrder };
	sample.viewers.set(viewerRoundId, viewer);
	if (sample.viewers.size > MAX_VIEWERS) sample.viewers.delete(sample.viewers.keys().next().value!);
	return viewer;
}

/**
 * The sample index of a peer by the id the browser sent: a named peer's real id or an anonymous peer's
 * pseudonym of this round. Never the viewer itself, and never an anonymous peer by its real id.
 */
export function peerIndexOf(sample: CachedSample, viewer: ViewerPeers, id: string): number | undefined {
	const anonymous = viewer.byPseudonym.get(id);
	if (anonymous !== undefined) return anonymous;
	const i = sample.indexOf.get(id);
	return i !== undefined && i !== viewer.exclude && sample.columns.names[i] !== null ? i : undefined;
}
