import type { Questionnaire } from '../domain/questionnaire/schema';
import { config } from './config';
import { loadAllQuestionnaires } from './questionnaire-loader';

let cache: Map<string, Questionnaire> | undefined;

/** Every questionnaire version, loaded and validated once per process. */
export function getQuestionnaires(): Map<string, Questionnaire> {
	cache ??= loadAllQuestionnaires(config().QUESTIONNAIRES_DIR);
	return cache;
}
