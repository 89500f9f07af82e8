import type { QuestionnaireIssue } from '../questionnaire/parse';
import { isScored, type Questionnaire } from '../questionnaire/schema';
import { levelsBelowThreshold, possibleLevels } from './levels';
import type { MeasureTemplate, RecommendationLibrary } from './library-schema';

/**
 * Checks the library against one questionnaire version: every level of every scored question that can
 * produce a recommendation (below the version's threshold, and "don't know") has a template text,
 * levels name real answers, and every group and good-practice reference resolves. Texts in every
 * language are already enforced by the file schema.
 */
export function checkCoverage(
	questionnaire: Questionnaire,
	library: RecommendationLibrary,
	libraryPath = 'questionnaires/recommendations'
): QuestionnaireIssue[] {
	const issues: QuestionnaireIssue[] = [];
	const version = `${questionnaire.framework.id} v${questionnaire.framework.version}`;
	const threshold = questionnaire.framework.scoring.low_score_threshold;
	for (const area of questionnaire.areas) {
		for (const question of area.questions.filter(isScored)) {
			const file = `${libraryPath}/${area.code}.yaml`;
			const issue = (path: string, message: string) =>
				issues.push({ file, path, message: `${message} (needed by ${version})` });
			const template = library.templates[question.code];
			const needed = levelsBelowThreshold(question, threshold);
			if (question.allow_dont_know && !template?.dont_know && !library.dontKnow[area.code])
				issue(question.code, `has no "don't know" advice and the area file has no default`);
			if (!template) {
				if (needed.length > 0)
					issue(question.code, `has no recommendation template for level(s) ${needed.join(', ')}`);
				continue;
			}
			const covered = new Set(template.levels.flatMap((l) => l.when));
			const missing = needed.filter((l) => !covered.has(l));
			if (missing.length > 0) issue(question.code, `has no text for level(s) ${missing.join(', ')}`);
			const possible = new Set(possibleLevels(question));
			const unknown = [...covered].filter((l) => !possible.has(l));
			if (unknown.length > 0)
				issue(question.code, `names level(s) ${unknown.join(', ')} that are not answers of this question`);
		}
	}
	if (questionnaire.strategy)
		issues.push(...checkMeasures(library, Object.keys(questionnaire.strategy.sectors), version, libraryPath));
	return issues;
}

/**
 * A version with a strategy drafts one measure per recommendation from its measure template, so every
 * entry and every group of the library needs one (its title in every language is enforced by the schema).
 */
function checkMeasures(
	library: RecommendationLibrary,
	sectors: string[],
	version: string,
	libraryPath: string
) {
	const issues: QuestionnaireIssue[] = [];
	const check = (file: string, path: string, measure: MeasureTemplate | undefined) => {
		if (!measure)
			issues.push({ file, path, message: `has no measure title (needed by the strategy of ${version})` });
		else if (measure.sector && !sectors.includes(measure.sector))
			issues.push({
				file,
				path,
				message: `names sector '${measure.sector}', not in ${version}'s strategy.yaml`
			});
	};
	for (const t of Object.values(library.templates))
		check(`${libraryPath}/${t.area}.yaml`, t.question, t.measure);
	for (const g of Object.values(library.groups))
		check(`${libraryPath}/${g.area ?? ''}.yaml`, `groups.${g.id}`, g.measure);
	return issues;
}

/** References inside the library itself: groups and good practices that must exist. */
export function checkReferences(library: RecommendationLibrary): QuestionnaireIssue[] {
	const issues: QuestionnaireIssue[] = [];
	const practice = (file: string, path: string, ids: string[]) => {
		for (const id of ids)
			if (!library.practices[id])
				issues.push({ file, path, message: `refers to unknown good practice '${id}'` });
	};
	for (const t of Object.values(library.templates)) {
		const file = `questionnaires/recommendations/${t.area}.yaml`;
		practice(file, t.question, t.practices);
		if (t.group && !library.groups[t.group])
			issues.push({ file, path: t.question, message: `refers to unknown group '${t.group}'` });
	}
	for (const g of Object.values(library.groups))
		practice('questionnaires/recommendations', `groups.${g.id}`, g.practices);
	return issues;
}
