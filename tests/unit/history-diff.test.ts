import { describe, expect, it } from 'vitest';
import {
	collapseHistory,
	diffSnapshots,
	type SavedChange,
	type Snapshot
} from '../../src/lib/domain/evidence/history-diff';

const snap = (option: string | null, justification = '', evidence: Snapshot['evidence'] = []): Snapshot => ({
	value: option ? { kind: 'option', option } : null,
	justification,
	evidence
});
const at = (minute: number) => new Date(Date.UTC(2026, 0, 5, 9, minute));
const change = (minute: number, by: string, oldValue: Snapshot | null, newValue: Snapshot): SavedChange => ({
	at: at(minute),
	by,
	oldValue,
	newValue
});

describe('what a save changed', () => {
	it('tells option, justification and evidence changes apart', () => {
		const link = { url: 'https://kunta.fi/a', title: 'A' };
		const draft = { url: '', title: 'Ohjelma' };
		expect(diffSnapshots(snap('some', 'x', [link]), snap('some', 'y', [link, draft]))).toEqual({
			value: false,
			justification: { before: 'x', after: 'y' },
			evidence: { added: [draft], removed: [] }
		});
		expect(diffSnapshots(null, snap('full'))).toEqual({ value: true, justification: null, evidence: null });
		expect(diffSnapshots(snap('full', 'j', [link]), snap('full', 'j', [link]))).toEqual({
			value: false,
			justification: null,
			evidence: null
		});
		// A retitled link is the old one removed and the new one added.
		expect(diffSnapshots(snap(null, '', [link]), snap(null, '', [{ ...link, title: 'B' }])).evidence).toEqual(
			{
				added: [{ ...link, title: 'B' }],
				removed: [link]
			}
		);
	});

	it("collapses one person's saves minutes apart into one entry from the first before to the last after", () => {
		const s1 = snap('some', 'Kieli');
		const s2 = snap('some', 'Kielikurssit');
		const s3 = snap('full', 'Kielikurssit alkavat');
		const entries = collapseHistory([
			change(0, 'Mikko', null, s1),
			change(2, 'Mikko', s1, s2),
			change(6, 'Mikko', s2, s3),
			change(7, 'Sara', s3, snap('no', 'Kielikurssit alkavat')),
			change(30, 'Sara', snap('no', 'Kielikurssit alkavat'), snap('no', 'Ei vielä'))
		]);
		expect(entries.map((e) => [e.by, e.saves, e.from.getUTCMinutes(), e.at.getUTCMinutes()])).toEqual([
			['Mikko', 3, 0, 6],
			['Sara', 1, 7, 7],
			['Sara', 1, 30, 30]
		]);
		expect(entries[0]).toMatchObject({
			before: null,
			after: s3,
			value: true,
			justification: { before: '', after: 'Kielikurssit alkavat' }
		});
		expect(entries[1]).toMatchObject({ value: true, justification: null, evidence: null });
	});

	it('keeps a back-and-forth that ends where it started as a save without changes', () => {
		const a = snap('some');
		const entries = collapseHistory([
			change(0, 'Mikko', a, snap('full')),
			change(1, 'Mikko', snap('full'), a)
		]);
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({ saves: 2, value: false, justification: null, evidence: null });
	});
});
