import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { mappingProblems } from '../domain/questionnaire/mapping';
import { parseQuestionnaire, QuestionnaireError, type SourceFile } from '../domain/questionnaire/parse';
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
	const mapping = join(dir, 'mapping.yaml');
	return parseQuestionnaire(
		readSource(join(dir, 'framework.yaml')),
		areaFiles,
		existsSync(strategy) ? readSource(strategy) : undefined,
		existsSync(mapping) ? readSource(mapping) : undefined
	);
}

/** Loads and validates every version; throws a QuestionnaireError naming file, path and reason. */
export function loadAllQuestionnaires(root: string): Map<string, Questionnaire> {
	const result = new Map<string, Questionnaire>();
	const dirs = new Map<string, string>();
	for (const name of readdirSync(root).sort()) {
		const dir = join(root, name);
		if (NOT_VERSIONS.has(name) || !statSync(dir).isDirectory()) continue;
		const questionnaire = loadQuestionnaireDir(dir);
		if (result.has(questionnaire.framework.id)) {
			throw new Error(`${dir}: questionnaire id '${questionnaire.framework.id}' is used by two folders`);
		}
		result.set(questionnaire.framework.id, questionnaire);
		dirs.set(questionnaire.framework.id, dir);
	}
	// A version that supersedes another must account for every question of both (mapping.yaml).
	const issues = [...result.values()].flatMap((q) => {
		const from = q.framework.supersedes;
		if (!from) return [];
		const file = relative(process.cwd(), join(dirs.get(q.framework.id)!, 'mapping.yaml'));
		const earlier = result.get(from);
		if (!earlier) return [{ file, path: '', message: `supersedes '${from}', which is not loaded` }];
		return mappingProblems(file, earlier, q);
	});
	if (issues.length > 0) throw new QuestionnaireError(issues);
	return result;
}
