import { exportRows, type ExportRow } from '../../domain/round-export';
import type { Language, Questionnaire } from '../../domain/questionnaire/schema';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { answerExportLabels } from '../export-labels';
import { readAnswers } from './answers';
import { roundFor } from './round-access';

export function roundExport(
	db: Db,
	questionnaires: ReadonlyMap<string, Questionnaire>,
	user: SessionUser,
	roundId: string,
	lang: Language
) {
	const { round, questionnaire } = roundFor(db, questionnaires, user, roundId, 'view_municipality');
	const rows: ExportRow[] = exportRows(
		questionnaire,
		readAnswers(db, roundId),
		lang,
		answerExportLabels(lang)
	);
	return { round, rows, fileBase: `round-${round.year}-${round.id}` };
}
