import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReferenceCsv } from '../../domain/comparison/reference-csv';
import type { Db } from '../db/client';
import { config } from '../config';
import { loadQuestionnaireDir } from '../questionnaire-loader';
import { invalidatePeerSample } from '../services/peer-cache';
import { writeReferenceRows } from '../services/reference-import';

export const DEMO_PEERS_QUESTIONNAIRE = 'gri-2026';

/**
 * Imports the synthetic peers of questionnaires/peers/demo-peers.csv as reference results, through the same
 * writer as an admin's import. The seed's own audit row stands for it. Returns the rows written: none when
 * the file or the questionnaire is not there (e.g. another QUESTIONNAIRES_DIR).
 */
export function seedDemoPeers(db: Db, adminUserId: string, root = config().QUESTIONNAIRES_DIR): number {
	const csvPath = join(root, 'peers', 'demo-peers.csv');
	const questionnaireDir = join(root, DEMO_PEERS_QUESTIONNAIRE);
	if (!existsSync(csvPath) || !existsSync(join(questionnaireDir, 'framework.yaml'))) return 0;
	const questionnaire = loadQuestionnaireDir(questionnaireDir);
	const { rows, errors } = parseReferenceCsv(readFileSync(csvPath, 'utf8'), questionnaire);
	if (errors.length > 0) {
		const first = errors[0]!;
		throw new Error(
			`${csvPath}: ${errors.length} errors, first at row ${first.row} column '${first.column}': ${first.message}`
		);
	}
	const count = db.transaction(
		(tx) =>
			writeReferenceRows(tx, { questionnaireId: questionnaire.framework.id, importedBy: adminUserId, rows })
				.count
	);
	invalidatePeerSample(db, questionnaire.framework.id);
	return count;
}
