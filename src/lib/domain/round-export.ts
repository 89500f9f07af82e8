import type { Translate } from '../i18n/format';
import { csvDocument } from './csv';
import type { EvidenceLink } from './answer-validation';
import type { AnswerValue } from './answers';
import { isScored, type Language } from './questionnaire/vocabulary';
import type { Question, Questionnaire } from './questionnaire/schema';
import { questionPoints } from './scoring';

export interface ExportAnswer {
	value: AnswerValue | null;
	justification: string;
	evidence: EvidenceLink[];
	updatedByName: string | null;
	updatedAt: Date;
}

export interface ExportRow {
	area_code: string;
	area: string;
	question_code: string;
	question: string;
	type: string;
	answer: string;
	answer_codes: string;
	points: number | null;
	max_points: number | null;
	justification: string;
	evidence: string;
	answered_by: string;
	answered_at: string;
}

/** The answers that have fixed words rather than the questionnaire's own option labels. */
export type AnswerLabels = Record<'dont_know' | 'not_applicable' | 'yes' | 'partly' | 'no', string>;

/** Those words from the catalogue, with a translate function of the language (t() on a page). */
export function answerLabels(t: Translate): AnswerLabels {
	return {
		dont_know: t('answer.dont_know'),
		not_applicable: t('answer.not_applicable'),
		yes: t('answer.yes'),
		partly: t('answer.partly'),
		no: t('answer.no')
	};
}

/** The answer as a reader would say it, in the chosen language (labels: answerLabels() of it). */
export function describeAnswer(
	question: Question,
	value: AnswerValue | null,
	lang: Language,
	labels: AnswerLabels
): { text: string; codes: string } {
	if (!value) return { text: '', codes: '' };
	switch (value.kind) {
		case 'dont_know':
		case 'not_applicable':
			return { text: labels[value.kind], codes: value.kind };
		case 'number':
		case 'text':
			return { text: String(value.value), codes: '' };
		case 'option': {
			if (question.type === 'yes_partly_no')
				return { text: labels[value.option as 'yes'] ?? value.option, codes: value.option };
			const option =
				'options' in question ? question.options.find((o) => o.code === value.option) : undefined;
			return { text: option?.label[lang] ?? value.option, codes: value.option };
		}
		case 'options': {
			const labels = value.options.map(
				(c) =>
					('options' in question ? question.options.find((o) => o.code === c)?.label[lang] : undefined) ?? c
			);
			return { text: labels.join('; '), codes: value.options.join(';') };
		}
	}
}

export function exportRows(
	questionnaire: Questionnaire,
	answers: ReadonlyMap<string, ExportAnswer>,
	lang: Language,
	labels: AnswerLabels
): ExportRow[] {
	return questionnaire.areas.flatMap((area) =>
		area.questions.map((question) => {
			const a = answers.get(question.code);
			const described = describeAnswer(question, a?.value ?? null, lang, labels);
			const points = isScored(question) ? questionPoints(question, a?.value ?? undefined) : null;
			return {
				area_code: area.code,
				area: area.name[lang],
				question_code: question.code,
				question: question.text[lang],
				type: question.type,
				answer: described.text,
				answer_codes: described.codes,
				points: points && points.status !== 'unanswered' ? points.earned : null,
				max_points: points ? points.max : null,
				justification: a?.justification ?? '',
				evidence: (a?.evidence ?? [])
					.map((e) => (e.title && e.url ? `${e.title} <${e.url}>` : e.title || e.url))
					.join(' | '),
				answered_by: a?.updatedByName ?? '',
				answered_at: a ? a.updatedAt.toISOString() : ''
			};
		})
	);
}

/** RFC 4180 CSV with a byte-order mark, one row per question. */
export function toCsv(rows: ExportRow[]): string {
	if (rows.length === 0) return '\uFEFF';
	const header = Object.keys(rows[0]!) as Array<keyof ExportRow>;
	return csvDocument([header, ...rows.map((r) => header.map((h) => r[h]))]);
}
