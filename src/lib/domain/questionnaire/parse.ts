import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { areaFileSchema, frameworkSchema, type AreaFile, type Framework, type Questionnaire } from './schema';
import { checkConsistency } from './consistency';
import { strategyTemplatesSchema, type StrategyTemplates } from '../strategy/templates';

export interface SourceFile {
	/** Path shown in error messages, e.g. `questionnaires/gri-2026/areas/education.yaml`. */
	path: string;
	text: string;
}

export interface QuestionnaireIssue {
	file: string;
	/** Location inside the file, e.g. `questions[2].text.fi`; empty for the whole file. */
	path: string;
	line?: number;
	message: string;
}

export class QuestionnaireError extends Error {
	constructor(readonly issues: QuestionnaireIssue[]) {
		super(issues.map(formatIssue).join('\n'));
		this.name = 'QuestionnaireError';
	}
}

export function formatIssue(issue: QuestionnaireIssue): string {
	const where = issue.path ? ` at ${issue.path}` : '';
	const line = issue.line ? ` (line ${issue.line})` : '';
	return `${issue.file}${where}${line}: ${issue.message}`;
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
	return path
		.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
		.join('');
}

function plainMessage(issue: z.core.$ZodIssue): string {
	switch (issue.code) {
		case 'invalid_type':
			return issue.input === undefined ? 'is missing' : `should be ${issue.expected}`;
		case 'unrecognized_keys':
			return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
		case 'invalid_union':
			return 'type must be one of single_choice, yes_partly_no, multi_select, numeric_fact, text';
		case 'invalid_value':
			return `must be one of ${issue.values.map((v) => String(v)).join(', ')}`;
		default:
			return issue.message;
	}
}

export function parseYamlFile<T>(
	file: SourceFile,
	schema: z.ZodType<T>
): { value?: T; issues: QuestionnaireIssue[] } {
	const lineCounter = new LineCounter();
	const doc = parseDocument(file.text, { lineCounter, prettyErrors: false });
	if (doc.errors.length > 0) {
		return {
			issues: doc.errors.map((e) => ({
				file: file.path,
				path: '',
				line: lineCounter.linePos(e.pos[0]).line,
				message: `is not valid YAML: ${e.message.split('\n')[0]}`
			}))
		};
	}
	const result = schema.safeParse(doc.toJS());
	if (result.success) return { value: result.data, issues: [] };
	return {
		issues: result.error.issues.map((issue) => {
			const node = findNode(doc, issue.path);
			const offset = node?.range?.[0];
			return {
				file: file.path,
				path: formatPath(issue.path),
				line: offset === undefined ? undefined : lineCounter.linePos(offset).line,
				message: plainMessage(issue)
			};
		})
	};
}

function findNode(doc: ReturnType<typeof parseDocument>, path: ReadonlyArray<PropertyKey>) {
	// The failing key may be missing; fall back to the nearest ancestor that exists.
	for (let depth = path.length; depth >= 0; depth--) {
		const node = doc.getIn(path.slice(0, depth) as Array<string | number>, true) as
			{ range?: [number, number, number] } | undefined;
		if (node && typeof node === 'object' && 'range' in node) return node;
	}
	return undefined;
}

/**
 * Builds one questionnaire version from its framework file and area files.
 * Throws a QuestionnaireError listing every problem found, not just the first.
 */
export function parseQuestionnaire(
	framework: SourceFile,
	areaFiles: SourceFile[],
	strategyFile?: SourceFile
): Questionnaire {
	const issues: QuestionnaireIssue[] = [];
	const fw = parseYamlFile<Framework>(framework, frameworkSchema);
	issues.push(...fw.issues);
	const parsedAreas: Array<{ file: SourceFile; value: AreaFile }> = [];
	for (const file of areaFiles) {
		const parsed = parseYamlFile<AreaFile>(file, areaFileSchema);
		issues.push(...parsed.issues);
		if (parsed.value) parsedAreas.push({ file, value: parsed.value });
	}
	const strategy = strategyFile
		? parseYamlFile<StrategyTemplates>(strategyFile, strategyTemplatesSchema)
		: undefined;
	issues.push(...(strategy?.issues ?? []));
	if (issues.length > 0 || !fw.value) throw new QuestionnaireError(issues);

	const questionnaire: Questionnaire = {
		...assemble(fw.value, parsedAreas),
		...(strategy?.value ? { strategy: strategy.value } : {})
	};
	const consistency = checkConsistency(framework.path, questionnaire, parsedAreas);
	if (consistency.length > 0) throw new QuestionnaireError(consistency);
	return questionnaire;
}

function assemble(framework: Framework, files: Array<{ value: AreaFile }>): Questionnaire {
	const byArea = new Map(files.map((f) => [f.value.area, f.value]));
	const areas = [...framework.areas]
		.sort((a, b) => a.order - b.order)
		.map((area) => ({
			...area,
			questions: byArea.get(area.code)?.questions ?? []
		}));
	return { framework, areas };
}
