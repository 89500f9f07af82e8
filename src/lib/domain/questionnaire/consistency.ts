import type { QuestionnaireIssue, SourceFile } from './parse';
import { allBandLists } from '../comparison/bands';
import { maxPoints } from '../scoring/max-points';
import { conditionProblems } from './condition-checks';
import { isScored, type AreaFile, type Band, type Question, type Questionnaire } from './schema';

/** Rules that span files or fields, which a per-file schema cannot see. */
export function checkConsistency(
	frameworkPath: string,
	q: Questionnaire,
	files: Array<{ file: SourceFile; value: AreaFile }>
): QuestionnaireIssue[] {
	const issues: QuestionnaireIssue[] = [];
	const fwIssue = (path: string, message: string) => issues.push({ file: frameworkPath, path, message });
	const areaCodes = new Set<string>();
	q.framework.areas.forEach((area, i) => {
		if (areaCodes.has(area.code)) fwIssue(`areas[${i}].code`, `area code '${area.code}' is used twice`);
		areaCodes.add(area.code);
	});
	q.framework.areas.forEach((area, i) => {
		if (!area.parent) return;
		const parent = q.framework.areas.find((a) => a.code === area.parent);
		if (!parent) fwIssue(`areas[${i}].parent`, `parent area '${area.parent}' does not exist`);
		else if (!parent.composite)
			fwIssue(`areas[${i}].parent`, `parent area '${area.parent}' is not composite`);
	});

	const seenFiles = new Map<string, string>();
	const questionCodes = new Map<string, string>();
	for (const { file, value } of files) {
		const area = q.framework.areas.find((a) => a.code === value.area);
		if (!area) {
			issues.push({
				file: file.path,
				path: 'area',
				message: `area '${value.area}' is not listed in the framework file`
			});
			continue;
		}
		if (area.composite) {
			issues.push({
				file: file.path,
				path: 'area',
				message: `area '${value.area}' is composite and cannot have questions`
			});
		}
		const earlier = seenFiles.get(value.area);
		if (earlier)
			issues.push({
				file: file.path,
				path: 'area',
				message: `area '${value.area}' is also defined in ${earlier}`
			});
		seenFiles.set(value.area, file.path);
		value.questions.forEach((question, i) => {
			const where = `questions[${i}]`;
			const other = questionCodes.get(question.code);
			if (other)
				issues.push({
					file: file.path,
					path: `${where}.code`,
					message: `question code '${question.code}' is also used in ${other}`
				});
			questionCodes.set(question.code, file.path);
			for (const message of questionProblems(question))
				issues.push({ file: file.path, path: where, message });
		});
		for (const [i, message] of conditionProblems(value.questions))
			issues.push({ file: file.path, path: i === null ? 'questions' : `questions[${i}].show_if`, message });
	}
	for (const area of q.framework.areas) {
		if (!area.composite && !seenFiles.has(area.code)) {
			fwIssue('areas', `area '${area.code}' has no questions file (areas/${area.code}.yaml)`);
		}
		if (area.composite && !q.framework.areas.some((a) => a.parent === area.code)) {
			fwIssue('areas', `composite area '${area.code}' has no sub-areas`);
		}
	}
	for (const list of allBandLists(q.framework.peer_bands)) {
		const problem = bandProblem(list.bands);
		if (problem) fwIssue(list.path, problem);
	}
	return issues;
}

function questionProblems(question: Question): string[] {
	const problems: string[] = [];
	if (question.type === 'single_choice' || question.type === 'multi_select') {
		const codes = question.options.map((o) => o.code);
		const dup = codes.find((c, i) => codes.indexOf(c) !== i);
		if (dup) problems.push(`option code '${dup}' is used twice`);
	}
	if (isScored(question) && maxPoints(question) <= 0) {
		problems.push('a scored question must be able to earn more than 0 points');
	}
	if (
		question.type === 'numeric_fact' &&
		question.min !== undefined &&
		question.max !== undefined &&
		question.min > question.max
	) {
		problems.push('min is greater than max');
	}
	return problems;
}

/** Bands must start at 0, follow on without gaps or overlaps, and end open. */
function bandProblem(bands: readonly Band[]): string | undefined {
	if (bands[0]?.min !== 0) return 'the first band must start at 0';
	for (let i = 0; i < bands.length; i++) {
		const band = bands[i]!;
		const next = bands[i + 1];
		if (next === undefined) {
			if (band.max !== undefined) return `the last band '${band.code}' must have no max`;
		} else if (band.max === undefined || band.max !== next.min) {
			return `band '${band.code}' must end where '${next.code}' starts`;
		}
	}
	return undefined;
}
