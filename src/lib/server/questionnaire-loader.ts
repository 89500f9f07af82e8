import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseQuestionnaire, type SourceFile } from '../domain/questionnaire/parse';
import type { Questionnaire } from '../domain/questionnaire/schema';

/** Folders under questionnaires/ that hold other content than questionnaire versions. */
const NOT_VERSIONS = new Set(['peers']);

function readSource(path: string): SourceFile {
	return { path: relative(process.cwd(), path) || path, text: readFileSync(path, 'utf8') };
}

export function loadQuestionnaireDir(dir: string): Questionnaire {
	const areasDir = join(dir, 'areas');
	const areaFiles = existsSync(areasDir)
		? readdirSync(areasDir)
				.filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
				.sort()
				.map((f) => readSource(join(areasDir, f)))
		: [];
	const strategy = join(dir, 'strategy.yaml');
	return parseQuestionnaire(
		readSource(join(dir, 'framework.yaml')),
		areaFiles,
		existsSync(strategy) ? readSource(strategy) : undefined
	);
}

/** Loads and validates every version; throws a QuestionnaireError naming file, path and reason. */
export function loadAllQuestionnaires(root: string): Map<string, Questionnaire> {
	const result = new Map<string, Questionnaire>();
	for (const name of readdirSync(root).sort()) {
		const dir = join(root, name);
		if (NOT_VERSIONS.has(name) || !statSync(dir).isDirectory()) continue;
		const questionnaire = loadQuestionnaireDir(dir);
		if (result.has(questionnaire.framework.id)) {
			throw new Error(`${dir}: questionnaire id '${questionnaire.framework.id}' is used by two folders`);
		}
		result.set(questionnaire.framework.id, questionnaire);
	}
	return result;
}
