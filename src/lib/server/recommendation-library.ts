import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseYamlFile, QuestionnaireError, type QuestionnaireIssue } from '../domain/questionnaire/parse';
import { checkReferences } from '../domain/recommendations/coverage';
import {
	emptyLibrary,
	goodPracticesFileSchema,
	recommendationFileSchema,
	type RecommendationLibrary
} from '../domain/recommendations/library-schema';

const read = (path: string) => ({
	path: relative(process.cwd(), path) || path,
	text: readFileSync(path, 'utf8')
});

/** Whether `root` (the questionnaires folder) holds a recommendation library. */
export function hasLibrary(root: string): boolean {
	return existsSync(join(root, 'recommendations'));
}

/**
 * Loads questionnaires/good-practices.yaml and questionnaires/recommendations/*.yaml. Throws a
 * QuestionnaireError listing every problem: schema errors, duplicates and unresolved references.
 */
export function loadRecommendationLibrary(root: string): RecommendationLibrary {
	const library = emptyLibrary();
	const issues: QuestionnaireIssue[] = [];
	const practicesPath = join(root, 'good-practices.yaml');
	if (existsSync(practicesPath)) {
		const file = read(practicesPath);
		const parsed = parseYamlFile(file, goodPracticesFileSchema);
		issues.push(...parsed.issues);
		for (const p of parsed.value?.practices ?? []) {
			if (library.practices[p.id])
				issues.push({ file: file.path, path: p.id, message: 'good practice id is used twice' });
			library.practices[p.id] = p;
		}
	}
	const dir = join(root, 'recommendations');
	const names = existsSync(dir)
		? readdirSync(dir)
				.filter((f) => /\.ya?ml$/.test(f))
				.sort()
		: [];
	for (const name of names) {
		const file = read(join(dir, name));
		const parsed = parseYamlFile(file, recommendationFileSchema);
		issues.push(...parsed.issues);
		if (!parsed.value) continue;
		const { area, dont_know, groups, recommendations } = parsed.value;
		if (library.dontKnow[area])
			issues.push({ file: file.path, path: 'area', message: `area '${area}' has two files` });
		library.dontKnow[area] = dont_know;
		for (const g of groups) {
			if (library.groups[g.id])
				issues.push({ file: file.path, path: g.id, message: 'group id is used twice' });
			library.groups[g.id] = { ...g, area };
		}
		for (const t of recommendations) {
			if (library.templates[t.question])
				issues.push({ file: file.path, path: t.question, message: 'question has two templates' });
			library.templates[t.question] = { ...t, area };
		}
	}
	issues.push(...checkReferences(library));
	if (issues.length > 0) throw new QuestionnaireError(issues);
	return library;
}
