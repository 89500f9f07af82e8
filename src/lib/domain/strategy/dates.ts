import { FORMAT_LOCALES } from '../../i18n/locales';
import type { Language } from '../questionnaire/vocabulary';
import type { MeasurePhase } from './types';

/** "2027-03" plus some months, as YYYY-MM. */
export function addMonths(yyyymm: string, months: number): string {
	const [y, m] = yyyymm.split('-').map(Number) as [number, number];
	const total = y * 12 + (m - 1) + months;
	return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** "2027-01" as the language writes a month: "tammikuu 2027", "januari 2027", "January 2027"; "" stays "". */
export function formatMonth(language: Language, yyyymm: string): string {
	const m = MONTH.exec(yyyymm);
	if (!m) return yyyymm;
	return new Intl.DateTimeFormat(FORMAT_LOCALES[language], {
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)));
}

/** "tammikuu 2027 – joulukuu 2028"; an open end or start is left out. */
export function formatPeriod(language: Language, start: string, end: string): string {
	const parts = [formatMonth(language, start), formatMonth(language, end)];
	if (!parts[0] && !parts[1]) return '';
	return `${parts[0]} – ${parts[1]}`.trim();
}

/** Months from the start of the term: year 1, years 1-2, years 2-4 (of a four-year council term). */
const PHASE_MONTHS: Record<Exclude<MeasurePhase, 'custom'>, [number, number]> = {
	year1: [0, 11],
	years1_2: [0, 23],
	years2_4: [12, 47]
};

/** The start and end month of a phase within a term starting at termStart, capped at the term's end. */
export function phaseDates(
	phase: Exclude<MeasurePhase, 'custom'>,
	termStart: string,
	termEnd: string
): { start: string; end: string } {
	const [from, to] = PHASE_MONTHS[phase];
	const end = addMonths(termStart, to);
	return { start: addMonths(termStart, from), end: end > termEnd ? termEnd : end };
}

/** The phases with dates of their own; any other dates are `custom`. */
export const TERM_PHASES = ['year1', 'years1_2', 'years2_4'] as const;

/** The phase whose dates these are within the term, or `custom`. */
export function phaseOfDates(start: string, end: string, term: { start: string; end: string }): MeasurePhase {
	return (
		TERM_PHASES.find((p) => {
			const dates = phaseDates(p, term.start, term.end);
			return dates.start === start && dates.end === end;
		}) ?? 'custom'
	);
}

/**
 * A measure's dates and phase as posted by the editor. The phase select sets the dates in the page; a
 * post without JavaScript sends the chosen phase with the old dates, so a phase changed while the dates
 * were not gives that phase's dates. Dates typed by hand win, with the phase they make; a schedule left
 * as it was keeps its phase.
 */
export function postedSchedule(
	posted: { phase: string | undefined; start: string; end: string },
	prev: { start: string; end: string; phase: MeasurePhase } | undefined,
	term: { start: string; end: string }
): { phase: MeasurePhase; start: string; end: string } {
	const chosen = TERM_PHASES.find((p) => p === posted.phase);
	const current = phaseOfDates(posted.start, posted.end, term);
	if (prev && prev.start === posted.start && prev.end === posted.end) {
		return chosen && current !== chosen
			? { phase: chosen, ...phaseDates(chosen, term.start, term.end) }
			: { phase: prev.phase, start: posted.start, end: posted.end };
	}
	return { phase: current, start: posted.start, end: posted.end };
}
