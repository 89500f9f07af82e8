import type { MessageKey } from '../i18n/translate';
import { answerSaveSchema, type AnswerSave } from './answer-validation';
import type { AnswerValue } from './answers';
import type { Question } from './questionnaire/schema';

/** A decimal number as people type it: spaces as thousands separators, comma or point as decimal mark. */
export function parseDecimal(text: string): number | null {
	// U+2212 is the minus sign Finnish and Swedish number formats write (and the plain form shows).
	const cleaned = text
		.replace(/[\s\u00a0\u202f]/g, '')
		.replace(/^\u2212/, '-')
		.replace(',', '.');
	if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
	return Number(cleaned);
}

function valueFromForm(question: Question, form: FormData): AnswerValue | null | MessageKey {
	const special = form.get('special');
	if (special === 'dont_know' || special === 'not_applicable') return { kind: special };
	const choice = form.get('choice');
	if (choice === 'dont_know' || choice === 'not_applicable') return { kind: choice };
	switch (question.type) {
		case 'single_choice':
		case 'yes_partly_no':
			return typeof choice === 'string' && choice ? { kind: 'option', option: choice } : null;
		case 'multi_select': {
			const options = form.getAll('options').filter((o): o is string => typeof o === 'string' && o !== '');
			return options.length ? { kind: 'options', options } : null;
		}
		case 'numeric_fact': {
			const raw = String(form.get('number') ?? '').trim();
			if (!raw) return null;
			const n = parseDecimal(raw);
			return n === null ? 'error.number' : { kind: 'number', value: n };
		}
		case 'text': {
			const text = String(form.get('text') ?? '');
			return text.trim() ? { kind: 'text', value: text } : null;
		}
	}
}

/** Reads the plain (no-JavaScript) answer form of one question into what an autosave would send. */
export function answerFromForm(
	question: Question,
	form: FormData
): { ok: true; save: AnswerSave } | { ok: false; error: MessageKey } {
	const value = valueFromForm(question, form);
	if (typeof value === 'string') return { ok: false, error: value };
	const urls = form.getAll('evidence_url').map(String);
	const titles = form.getAll('evidence_title').map(String);
	const evidence = urls
		.map((url, i) => ({ url: url.trim(), title: (titles[i] ?? '').trim() }))
		.filter((e) => e.url !== '' || e.title !== '');
	const parsed = answerSaveSchema.safeParse({
		value,
		justification: String(form.get('justification') ?? ''),
		evidence,
		baseVersion: Number(form.get('baseVersion') ?? 0)
	});
	if (!parsed.success) {
		const message = parsed.error.issues[0]?.message ?? '';
		return { ok: false, error: message.startsWith('error.') ? (message as MessageKey) : 'error.invalid' };
	}
	return { ok: true, save: parsed.data };
}
