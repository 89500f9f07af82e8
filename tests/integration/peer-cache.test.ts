import { describe, expect, it } from 'vitest';
import { referenceAreaCodes, referenceCsvColumns } from '../../src/lib/domain/comparison/reference-csv';
import type { Db } from '../../src/lib/server/db/client';
import { comparePage } from '../../src/lib/server/services/comparison';
import { peerSummary } from '../../src/lib/server/services/comparison-summary';
import {
	deleteReferenceImport,
	importReferenceResults
} from '../../src/lib/server/services/reference-import';
import { publishRound, setVisibility, startReview } from '../../src/lib/server/services/review';
import { submitRound } from '../../src/lib/server/services/rounds';
import { addUser, grant } from '../helpers/db';
import { ANSWERS, answer, reviewSetup } from './review-fixtures';
import { mini, otherTown, questionnaires } from './round-fixtures';

/**
 * The compare page reads the peer sample from memory: every change to it must reach the next page view
 * (publishing, the coordinator's name-or-anonymous choice, importing or deleting reference results).
 */
function setup() {
	const viewer = reviewSetup('published');
	const view = (query: { q?: string } = {}) =>
		comparePage(viewer.db, questionnaires, viewer.coordinator, viewer.round.id, 'all', new Set(), query);
	return { ...viewer, view };
}

/** Stormvik's round answered as Koivuranta's, submitted, reviewed and published by its own expert. */
function publishOther(db: Db) {
	const other = otherTown(db);
	const expert = addUser(db, { name: 'Erik Expert' });
	grant(db, expert, other.townId, 'expert');
	answer(db, other.coordinator, other.roundId, { ...ANSWERS, q2: { kind: 'option', option: 'no' } });
	submitRound(db, questionnaires, other.coordinator, other.roundId);
	startReview(db, questionnaires, expert, other.roundId);
	publishRound(db, questionnaires, expert, other.roundId, 'accept');
	return other;
}

const csv = (...rows: Array<[name: string, overall: number]>) =>
	[
		referenceCsvColumns(mini).join(','),
		...rows.map(([name, overall]) =>
			[name, 'FI', 2025, 40000, 5, overall, ...referenceAreaCodes(mini).map(() => 50), 'Test', 'true'].join(
				','
			)
		)
	].join('\n');

describe('the cached peer sample', () => {
	it('shows a round published after the page was first read, on the next view', () => {
		const { db, view } = setup();
		expect(view().groupSize).toBe(0);
		publishOther(db);
		const after = view();
		expect(after.groupSize).toBe(1);
		expect(after.ranking.filter((r) => !r.isOwn)).toMatchObject([{ name: null, letter: 'A', country: null }]);
		expect(after.selected.overall.mean).not.toBeNull();
	});

	it('names or hides a peer as soon as its coordinator changes the choice', () => {
		const { db, view } = setup();
		const other = publishOther(db);
		expect(view().pickable.map((p) => p.name)).toEqual([null]);
		setVisibility(db, questionnaires, other.coordinator, other.roundId, 'named');
		expect(view().pickable.map((p) => p.name)).toEqual(['Stormvik']);
		setVisibility(db, questionnaires, other.coordinator, other.roundId, 'anonymous');
		const hidden = view();
		expect(hidden.pickable).toMatchObject([{ name: null, letter: 'A' }]);
		expect(JSON.stringify(hidden)).not.toContain('Stormvik');
	});

	it('takes in imported reference results and lets them go when the import is deleted', () => {
		const { db, view, coordinator, round } = setup();
		const admin = addUser(db, { isAdmin: true });
		expect(view().groupSize).toBe(0);
		const { importId } = importReferenceResults(db, admin, mini, csv(['Refby', 90], ['Refstad', 10]));
		const imported = view({ q: 'ref' });
		expect(imported.groupSize).toBe(2);
		expect(imported.pickable.map((p) => p.name)).toEqual(['Refby', 'Refstad']);
		expect(imported.ranking.map((r) => r.name)).toEqual(['Refby', 'Koivuranta', 'Refstad']);
		// The strategy pages read the same cache.
		expect(peerSummary(db, questionnaires, coordinator, round.id).mean.a).toBe(50);
		deleteReferenceImport(db, admin, importId);
		expect(view().groupSize).toBe(0);
		expect(peerSummary(db, questionnaires, coordinator, round.id).mean.a).toBeNull();
	});
});
