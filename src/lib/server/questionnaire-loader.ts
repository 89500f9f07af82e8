import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseQuestionnaire, QuestionnaireError, type SourceFile } from '../domain/questionnaire/parse';
import type { Questionnaire } from '../domain/questionnaire/schema';
import { checkCoverage } from '../domain/recommendations/coverage';
import type { RecommendationLibrary } from '../domain/recommendations/library-schema';
import { hasLibrary, loadRecommendationLibrary } from './recommendation-library';

/** Folders under questionnaires/ that hold other content than questionnaire versions. */
const NOT_VERSIONS = new Set(['peers', 'recommendations']);

/** Attaches the shared library after checking it covers every level this version can produce. */
function withLibrary(questionnaire: Questionnaire, library: RecommendationLibrary): Questionnaire {
	const issues = checkCoverage(questionnaire, library);
	if (issues.length > 0) throw new QuestionnaireError(issues);
	return { ...questionnaire, library };
}

function readSource(path: string): SourceFile {
	return { path: relative(process.cwd(), path) || path, text: readFileSync(path, 'utf8') };
}

/**
 * One version folder; the recommendation library next to it (its parent's recommendations/ folder)
 * is attached when there is one.
 */
export function loadQuestionnaireDir(dir: string, library?: RecommendationLibrary): Questionnaire {
	const areasDir = join(dir, 'areas');
	const areaFiles = existsSync(areasDir)
		? readdirSync(areasDir)
				.filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
				.sort()
				.map((f) => readSource(join(areasDir, f)))
		: [];
	const strategy = join(dir, 'strategy.yaml');
	const questionnaire = parseQuestionnaire(
		readSource(join(dir, 'framework.yaml')),
		areaFiles,
		existsSync(strategy) ? readSource(strategy) : undefined
	);
	const root = dirname(dir);
	library ??= hasLibrary(root) ? loadRecommendationLibrary(root) : undefined;
	return library ? withLibrary(questionnaire, library) : questionnaire;
}

/** Loads and validates every version; throws a QuestionnaireError naming file, path and reason. */
export function loadAllQuestionnaires(root: string): Map<string, Questionnaire> {
	const result = new Map<string, Questionnaire>();
	const library = hasLibrary(root) ? loadRecommendationLibrary(root) : undefined;
	for (const name of readdirSync(root).sort()) {
		const dir = join(root, name);
		if (NOT_VERSIONS.has(name) || !statSync(dir).isDirectory()) continue;
		const questionnaire = loadQuestionnaireDir(dir, library);
		if (result.has(questionnaire.framework.id)) {
			throw new Error(`${dir}: questionnaire id '${questionnaire.framework.id}' is used by two folders`);
		}
		result.set(questionnaire.framework.id, questionnaire);
	}
	return result;
}
