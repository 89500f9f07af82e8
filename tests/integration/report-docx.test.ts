import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { docxTexts } from '../helpers/docx-text';
import { reportToDocx } from '../../src/lib/server/report-docx';
import { bulkDecide } from '../../src/lib/server/services/curation';
import { publishReviewed } from '../../src/lib/server/services/publish';
import { roundReport } from '../../src/lib/server/services/report';
import { saveNarrative } from '../../src/lib/server/services/recommendations';
import { recsByQuestion, reviewSetup } from './review-fixtures';
import { questionnaires } from './round-fixtures';

const tmp = mkdtempSync(join(tmpdir(), 'report-docx-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A published mini round: q1, q3 and q6 key, q7 and q9 left out, a narrative for area a. */
function publishedReport() {
	const { db, expert, round } = reviewSetup('in_review');
	const recs = recsByQuestion(db, round.id);
	const keys = ['q1', 'q3', 'q6'].map((q) => recs[q]!.id);
	bulkDecide(db, questionnaires, expert, round.id, { ids: keys, action: 'key' });
	saveNarrative(db, questionnaires, expert, round.id, {
		areaCode: 'a',
		strengths: 'Council commitment is clear.',
		weaknesses: ''
	});
	publishReviewed(db, questionnaires, expert, round.id, 'leave_out');
	return roundReport(db, questionnaires, expert, round.id, 'sv');
}

describe('the index report as DOCX', () => {
	it('opens in LibreOffice with the municipality, key recommendations first, the scores and page numbers', async () => {
		const report = publishedReport();
		const file = join(tmp, 'report-sv.docx');
		writeFileSync(file, await reportToDocx(report, 'sv'));
		const text = docxTexts([file], tmp)[0]!;
		expect(text).toContain('Indexrapport: Koivuranta 2026');
		// The mini questionnaire's templates in Swedish: the three key ones, and not the two left out.
		const keyAt = text.indexOf('Nyckelrekommendationer');
		expect(keyAt).toBeGreaterThan(-1);
		for (const key of ['Gör f1', 'Gör f3', 'Gör f6']) expect(text.indexOf(key)).toBeGreaterThan(keyAt);
		expect(text).not.toContain('Gör f7');
		expect(text).not.toContain('Gör f9');
		// Area a scores 40 and the overall index 51.7, in Swedish number format.
		expect(text).toContain('51,7 / 100');
		expect(text).toMatch(/40,0 \/ 100/);
		expect(text).toContain('Hela urvalet, medelvärde');
		expect(text).toContain('Council commitment is clear.');
		expect(text).toMatch(/Sida 1 av \d/);
		expect(keyAt).toBeLessThan(text.indexOf('Översikt'));
	}, 150_000);
});
