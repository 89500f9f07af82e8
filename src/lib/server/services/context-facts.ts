import { contextFacts } from '../../domain/context-facts';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { Db } from '../db/client';
import { readAnswers } from './answers';

/** The context facts a round's working group gave; the caller has checked access to the round. */
export function roundFacts(db: Db, questionnaire: Questionnaire, roundId: string) {
	const stored = readAnswers(db, roundId);
	return contextFacts(questionnaire, (code) => stored.get(code)?.value);
}
