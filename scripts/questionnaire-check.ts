/* Validates every questionnaire version and prints what it covers. Exit code 1 on any error. */
import { QuestionnaireError } from '../src/lib/domain/questionnaire/parse';
import { summarizeQuestionnaire } from '../src/lib/domain/questionnaire/summary';
import { loadAllQuestionnaires, loadQuestionnaireDir } from '../src/lib/server/questionnaire-loader';

const target = process.argv[2];
try {
	const versions = target
		? new Map([['target', loadQuestionnaireDir(target)]])
		: loadAllQuestionnaires(process.env.QUESTIONNAIRES_DIR ?? 'questionnaires');
	for (const q of versions.values()) {
		const s = summarizeQuestionnaire(q);
		console.log(`${q.framework.id} v${q.framework.version}: ${q.framework.title.en}`);
		console.log(
			`  areas: ${s.areas} (${s.coreAreas} core, ${s.optionalAreas} optional, ${s.compositeAreas} composite)`
		);
		console.log(
			`  questions: ${s.questions} (${s.scoredQuestions} scored, ${s.unscoredQuestions} context or free text)`
		);
		console.log(`  maximum points: ${s.maxPoints}`);
		console.log(
			`  languages: ${s.languages.join(', ')} (every text covered: ${s.allTextsTranslated ? 'yes' : 'no'})`
		);
		console.log(
			`  dimensions: ${Object.entries(s.dimensionQuestions)
				.map(([d, n]) => `${d} ${n}`)
				.join(', ')}`
		);
		if (q.library) {
			const l = q.library;
			console.log(
				`  recommendations: ${Object.keys(l.templates).length} templates, ${Object.keys(l.groups).length} groups, ${Object.keys(l.practices).length} good practices; every level below the threshold of ${q.framework.scoring.low_score_threshold} covered${q.strategy ? '; every entry and group has a measure title' : ''}`
			);
		} else console.log('  recommendations: no library next to this folder (no recommendations/ folder)');
		for (const a of s.perArea) {
			console.log(
				`    ${a.code.padEnd(22)} ${String(a.scored).padStart(2)} scored, ${String(a.unscored).padStart(2)} other, ${String(a.maxPoints).padStart(3)} points`
			);
		}
	}
	console.log(`OK: ${versions.size} questionnaire version(s) valid`);
} catch (e) {
	if (e instanceof QuestionnaireError) {
		console.error(`Questionnaire check failed with ${e.issues.length} problem(s):`);
		console.error(e.message);
	} else {
		console.error(e instanceof Error ? e.message : e);
	}
	process.exit(1);
}
