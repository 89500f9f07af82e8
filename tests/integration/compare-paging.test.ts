import { describe, expect, it } from 'vitest';
import { referenceAreaCodes, referenceCsvColumns } from '../../src/lib/domain/comparison/reference-csv';
import { translate } from '../../src/lib/i18n/translate';
import { comparePage, type CompareView } from '../../src/lib/server/services/comparison';
import { importReferenceResults } from '../../src/lib/server/services/reference-import';
import { publishRound, startReview } from '../../src/lib/server/services/review';
import { submitRound } from '../../src/lib/server/services/rounds';
import { addUser, grant } from '../helpers/db';
import { ANSWERS, answer, reviewSetup } from './review-fixtures';
import { mini, otherTown, questionnaires } from './round-fixtures';

/**
 * Koivuranta (overall 51.7) among 60 reference results scoring 1 … 60 ("Ref 01" … "Ref 60") and
 * Stormvik, which published the same answers anonymously, so the two share a rank: 62 rows, 3 pages.
 */
function setup() {
	const { db, coordinator, round } = reviewSetup('published');
	const other = otherTown(db);
	const expert = addUser(db);
	grant(db, expert, other.townId, 'expert');
	answer(db, other.coordinator, other.roundId, ANSWERS);
	submitRound(db, questionnaires, other.coordinator, other.roundId);
	startReview(db, questionnaires, expert, other.roundId);
	publishRound(db, questionnaires, expert, other.roundId, 'accept');
	const rows = Array.from({ length: 60 }, (_, i) =>
		[
			`Ref ${String(i + 1).padStart(2, '0')}`,
			'FI',
			2025,
			40000,
			5,
			i + 1,
			...referenceAreaCodes(mini).map(() => 50),
			'Test',
			'false'
		].join(',')
	);
	importReferenceResults(
		db,
		addUser(db, { isAdmin: true }),
		mini,
		[referenceCsvColumns(mini).join(','), ...rows].join('\n')
	);
	return (view: CompareView = {}, custom: string[] = []) =>
		comparePage(
			db,
			questionnaires,
			coordinator,
			round.id,
			custom.length ? 'custom' : 'all',
			new Set(custom),
			view
		);
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('the ranking of a large group', () => {
	it('shows the top 25 with the municipality’s own row, and says which rows it shows', () => {
		const first = setup()();
		expect(first.rankingPage).toMatchObject({ page: 1, pages: 3, from: 1, to: 25, total: 62 });
		// Equal scores share the rank of the first of them, and the municipality comes first among them.
		expect(first.ranking.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10, ...range(12, 25)]);
		expect(first.ranking.map((r) => r.name).slice(0, 10)).toEqual([
			...['60', '59', '58', '57', '56', '55', '54', '53', '52'].map((n) => `Ref ${n}`),
			'Koivuranta'
		]);
		expect(first.ranking.filter((r) => r.isOwn)).toMatchObject([{ rank: 10, near: false }]);
		expect(translate('en', 'compare.ranking_showing', { from: 26, to: 50, total: 10001 })).toBe(
			'Showing 26–50 of 10,001'
		);
	});

	it('adds the municipality and its neighbours below another page, and ends at the last page', () => {
		const view = setup();
		const last = view({ rankPage: 99 });
		expect(last.rankingPage).toMatchObject({ page: 3, from: 51, to: 62, ownPage: 1 });
		expect(last.ranking.filter((r) => !r.near).map((r) => r.rank)).toEqual(range(51, 62));
		expect(last.ranking.filter((r) => r.near).map((r) => [r.rank, r.name])).toEqual([
			[8, 'Ref 53'],
			[9, 'Ref 52'],
			[10, 'Koivuranta'],
			[10, null],
			[12, 'Ref 51']
		]);
		expect(last.ranking.filter((r) => r.isOwn)).toHaveLength(1);
	});
});

describe('the peer picker of a large sample', () => {
	it('lists at most 50 and finds the others by name, or an anonymous one by its letter', () => {
		const view = setup();
		const all = view();
		expect(all.pickable).toHaveLength(50);
		expect(all.picker).toEqual({ q: '', matching: 61, limit: 50 });
		expect(view({ q: 'ref 0' }).pickable.map((p) => p.name)).toEqual(
			Array.from({ length: 9 }, (_, i) => `Ref 0${i + 1}`)
		);
		const byLetter = view({ q: 'Municipality A' });
		expect(byLetter.pickable).toMatchObject([{ name: null, letter: 'A' }]);
		// The letter is the one the ranking shows, on whichever page the peer is.
		const anonymousRow = [1, 2, 3]
			.flatMap((rankPage) => view({ rankPage }).ranking)
			.find((r) => r.name === null);
		expect(anonymousRow).toMatchObject({ id: byLetter.pickable[0]!.id, letter: 'A' });
	});

	it('keeps the chosen peers listed and checked whatever the search', () => {
		const view = setup();
		const chosen = view({ q: 'Ref 60' }).pickable[0]!;
		const data = view({ q: 'ref 0' }, [chosen.id]);
		expect(data.customIds).toEqual([chosen.id]);
		expect(data.pickable.map((p) => p.name)).toContain('Ref 60');
		expect(data.picker.matching).toBe(9);
		expect(data.groupSize).toBe(1);
	});
});
