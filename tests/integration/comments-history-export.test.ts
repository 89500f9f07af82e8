import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { toCsv, type ExportRow } from '../../src/lib/domain/round-export';
import { assessmentRounds } from '../../src/lib/server/db/schema';
import { answerHistory, saveAnswer } from '../../src/lib/server/services/answers';
import { addComment, listComments, MAX_COMMENTS_PER_THREAD } from '../../src/lib/server/services/comments';
import { roundExport } from '../../src/lib/server/services/round-export';
import { otherTown, questionnaires, refusal, roundSetup, save } from './round-fixtures';

describe('comments', () => {
	it('lists comments in the order they were written, optionally for some questions only', () => {
		const { db, member, member2, round } = roundSetup();
		addComment(db, questionnaires, member, round.id, 'q1', 'First thought');
		addComment(db, questionnaires, member2, round.id, 'q1', 'A reply');
		addComment(db, questionnaires, member, round.id, 'q1', 'Agreed');
		addComment(db, questionnaires, member, round.id, 'q7', 'Elsewhere');
		const q1 = listComments(db, round.id, new Set(['q1']));
		expect(q1.map((c) => [c.author, c.body])).toEqual([
			['Mikko Member', 'First thought'],
			['Sara Member', 'A reply'],
			['Mikko Member', 'Agreed']
		]);
		expect(listComments(db, round.id).map((c) => c.body)).toContain('Elsewhere');
		expect(listComments(db, round.id, new Set(['q7'])).map((c) => c.body)).toEqual(['Elsewhere']);
	});

	it('lets the expert comment, a leader once the round is submitted, and nobody from another municipality', () => {
		const { db, leader, expert, round } = roundSetup();
		// Leaders read a draft but do not comment on it (see leader-read-only.test.ts).
		const early = refusal(() => addComment(db, questionnaires, leader, round.id, 'q2', 'Too early'));
		expect([early.status, early.messageKey]).toEqual([403, 'error.draft_read_only']);
		addComment(db, questionnaires, expert, round.id, 'q2', 'Please add evidence');
		db.update(assessmentRounds).set({ status: 'submitted' }).where(eq(assessmentRounds.id, round.id)).run();
		expect(addComment(db, questionnaires, leader, round.id, 'q2', 'Budget is agreed').author).toBe(
			'Lauri Leader'
		);
		const outsider = otherTown(db).coordinator;
		expect(refusal(() => addComment(db, questionnaires, outsider, round.id, 'q2', 'Hi')).status).toBe(404);
		expect(listComments(db, round.id).map((c) => c.author)).toEqual(['Eeva Expert', 'Lauri Leader']);
	});

	it('refuses a comment on a question the questionnaire does not have', () => {
		const { db, member, round } = roundSetup();
		const e = refusal(() => addComment(db, questionnaires, member, round.id, 'q99', 'Lost'));
		expect([e.status, e.messageKey]).toEqual([400, 'error.question_unknown']);
		expect(listComments(db, round.id)).toEqual([]);
	});

	it('stops a thread at its cap with a message, while other questions still take comments', () => {
		const { db, member, round } = roundSetup();
		for (let i = 0; i < MAX_COMMENTS_PER_THREAD; i++)
			addComment(db, questionnaires, member, round.id, 'q1', `c${i}`);
		const e = refusal(() => addComment(db, questionnaires, member, round.id, 'q1', 'One more'));
		expect([e.status, e.messageKey, e.params]).toEqual([409, 'error.too_many_comments', { max: 300 }]);
		expect(listComments(db, round.id, new Set(['q1']))).toHaveLength(MAX_COMMENTS_PER_THREAD);
		expect(addComment(db, questionnaires, member, round.id, 'q2', 'Elsewhere').body).toBe('Elsewhere');
	});
});

describe('answer history', () => {
	it('returns every change oldest first with the name of who made it', () => {
		const { db, member, member2, leader, round } = roundSetup();
		saveAnswer(db, questionnaires, member, round.id, 'q1', save({ kind: 'option', option: 'none' }));
		saveAnswer(
			db,
			questionnaires,
			member2,
			round.id,
			'q1',
			save({ kind: 'option', option: 'full' }, 1, { justification: 'Plan adopted' })
		);
		saveAnswer(db, questionnaires, member, round.id, 'q2', save({ kind: 'dont_know' }));
		const history = answerHistory(db, questionnaires, leader, round.id, 'q1');
		expect(history.map((h) => ({ by: h.by, old: h.oldValue, new: h.newValue }))).toEqual([
			{
				by: 'Mikko Member',
				old: null,
				new: { value: { kind: 'option', option: 'none' }, justification: '', evidence: [] }
			},
			{
				by: 'Sara Member',
				old: { value: { kind: 'option', option: 'none' }, justification: '', evidence: [] },
				new: { value: { kind: 'option', option: 'full' }, justification: 'Plan adopted', evidence: [] }
			}
		]);
		expect(history[0]!.at).toBeInstanceOf(Date);
		expect(answerHistory(db, questionnaires, leader, round.id, 'q8')).toEqual([]);
	});
});

/** RFC 4180: fields separated by commas, records ended by CRLF, quoted fields may hold anything, "" is ". */
function parseCsv(text: string): string[][] {
	const records: string[][] = [];
	let record: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted && c === '"' && text[i + 1] === '"') {
			field += '"';
			i++;
		} else if (c === '"') {
			if (!quoted && field !== '') throw new Error(`stray quote at ${i}`);
			quoted = !quoted;
		} else if (quoted || (c !== ',' && c !== '\r')) {
			field += c;
		} else if (c === ',') {
			record.push(field);
			field = '';
		} else {
			if (text[i + 1] !== '\n') throw new Error(`bare CR at ${i}`);
			records.push([...record, field]);
			record = [];
			field = '';
			i++;
		}
	}
	if (quoted || field !== '' || record.length) throw new Error('the last record does not end with CRLF');
	return records;
}

describe('round export', () => {
	function answered() {
		const ctx = roundSetup();
		const put = (code: string, value: Parameters<typeof save>[0], extra = {}) =>
			saveAnswer(ctx.db, questionnaires, ctx.member, ctx.round.id, code, save(value, 0, extra));
		put(
			'q1',
			{ kind: 'option', option: 'some' },
			{
				justification: 'Approved, "in principle"\nby the board',
				evidence: [
					{ url: 'https://koivuranta.example/plan', title: 'Plan' },
					{ url: 'https://example.org/x', title: '' }
				]
			}
		);
		put('q2', { kind: 'option', option: 'partly' });
		put('q3', { kind: 'options', options: ['o1', 'o4', 'o2'] });
		put('q4', { kind: 'number', value: 1234.5 });
		put('q5', { kind: 'text', value: '=HYPERLINK("http://evil.example")' });
		put('q6', { kind: 'not_applicable' });
		put('q8', { kind: 'dont_know' });
		return ctx;
	}

	it('gives one row per question in questionnaire order, in the requested language, with points', () => {
		const { db, leader, round } = answered();
		const { rows, fileBase } = roundExport(db, questionnaires, leader, round.id, 'fi');
		expect(fileBase).toBe(`round-2026-${round.id}`);
		const pick = (r: ExportRow) => [
			r.area_code,
			r.question_code,
			r.answer,
			r.answer_codes,
			r.points,
			r.max_points
		];
		expect(rows.map(pick)).toEqual([
			['a', 'q1', 'Jonkin verran', 'some', 1, 3],
			['a', 'q2', 'Osittain', 'partly', 1, 2],
			['a', 'q3', 'V1; V4; V2', 'o1;o4;o2', 3, 3],
			['a', 'q4', '1234.5', '', null, null],
			['a', 'q5', '=HYPERLINK("http://evil.example")', '', null, null],
			['a', 'q6', 'Ei koske meitä', 'not_applicable', 0, 0],
			['l1', 'q7', '', '', null, 4],
			['l2', 'q8', 'En tiedä', 'dont_know', 0, 2],
			['opt', 'q9', '', '', null, 2]
		]);
		expect(rows[0]).toMatchObject({
			area: 'Alue A',
			question: 'K1',
			justification: 'Approved, "in principle"\nby the board',
			evidence: 'Plan <https://koivuranta.example/plan> | https://example.org/x',
			answered_by: 'Mikko Member'
		});
		expect(rows[0]!.answered_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
		expect(rows[6]).toMatchObject({ answered_by: '', answered_at: '', justification: '' });
		expect(roundExport(db, questionnaires, leader, round.id, 'sv').rows[1]!.answer).toBe('Delvis');
	});

	it('refuses the export to another municipality', () => {
		const { db, round } = answered();
		const outsider = otherTown(db).coordinator;
		expect(refusal(() => roundExport(db, questionnaires, outsider, round.id, 'en')).status).toBe(404);
	});

	it('writes CSV with a byte-order mark that parses back to the same cells, formulas defused', () => {
		const { db, leader, round } = answered();
		const { rows } = roundExport(db, questionnaires, leader, round.id, 'fi');
		const csv = toCsv(rows);
		expect(csv.startsWith('\uFEFFarea_code,area,question_code,')).toBe(true);
		expect(csv).toContain('"Approved, ""in principle""\nby the board"');
		expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
		const parsed = parseCsv(csv.slice(1));
		const header = Object.keys(rows[0]!) as Array<keyof ExportRow>;
		expect(parsed[0]).toEqual(header);
		const cell = (v: string | number | null) =>
			v === null ? '' : /^[=+\-@]/.test(String(v)) ? `'${v}` : String(v);
		expect(parsed.slice(1)).toEqual(rows.map((r) => header.map((h) => cell(r[h]))));
		expect(parsed[5]![header.indexOf('answer')]).toBe(`'=HYPERLINK("http://evil.example")`);
	});

	it('prefixes every formula-like first character and writes only the mark for no rows', () => {
		const { db, leader, round } = answered();
		const base = roundExport(db, questionnaires, leader, round.id, 'en').rows[0]!;
		const starts = ['=1+1', '+1', '-1', '@SUM(A1)'];
		const csv = toCsv(starts.map((justification) => ({ ...base, justification })));
		const column = Object.keys(base).indexOf('justification');
		expect(
			parseCsv(csv.slice(1))
				.slice(1)
				.map((r) => r[column])
		).toEqual(starts.map((s) => `'${s}`));
		expect(toCsv([])).toBe('\uFEFF');
	});
});
