import { and, asc, desc, eq } from 'drizzle-orm';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { Language } from '../../domain/questionnaire/vocabulary';
import { generateRecommendations } from '../../domain/recommendations/generate';
import { mergeEditedTexts } from '../../domain/recommendations/resolve';
import { stageAllows } from '../../domain/round-permissions';
import { isPublished } from '../../domain/round-status';
import { scoreAnswers } from '../../domain/scoring';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import {
	areaNarratives,
	assessmentRounds,
	recommendations,
	type AssessmentRound,
	type RecommendationRow
} from '../db/schema';
import { newId } from '../ids';
import { readAnswers } from './answers';
import { answerValues } from './round-scores';
import { writeAudit } from './audit';
import { ServiceError } from './errors';
import { roundFor } from './round-access';
import { readTexts, rowTemplate } from './recommendation-text';

type Questionnaires = ReadonlyMap<string, Questionnaire>;
type Writer = Pick<Db, 'select' | 'insert' | 'delete'>;

/** A row's identity within its round: the question code, or `group:<code>` for a merged one. */
const keyOf = (r: { questionCode: string | null; groupCode: string | null }) =>
	r.groupCode ? `group:${r.groupCode}` : r.questionCode;

/**
 * Adds a drafted recommendation for every question (or group) that needs one and has none yet, so that
 * regenerating never replaces what the expert already edited or rejected. Returns how many were added.
 * Rows hold a reference to the template (question or group, and answer level), never a copy of its text.
 */
export function ensureRecommendations(
	db: Writer,
	questionnaire: Questionnaire,
	roundId: string,
	peerMeans: Record<string, number> = {}
): number {
	const values = answerValues(readAnswers(db, roundId));
	const generated = generateRecommendations(
		questionnaire,
		values,
		scoreAnswers(questionnaire, values),
		peerMeans
	);
	// Untouched drafts that are no longer needed, or whose answer level has changed, go away (and are
	// drafted again from the new level); anything the expert edited, decided on or wrote stays.
	const needed = new Map(generated.map((g) => [g.key, g]));
	const rows = db.select().from(recommendations).where(eq(recommendations.roundId, roundId)).all();
	const kept = rows.filter((r) => {
		const key = keyOf(r);
		const untouched =
			key !== null && r.status === 'proposed' && r.text === null && r.texts === '{}' && r.createdBy === null;
		const stale = !needed.has(key ?? '') || needed.get(key ?? '')!.level !== r.level;
		if (untouched && stale) db.delete(recommendations).where(eq(recommendations.id, r.id)).run();
		return !(untouched && stale);
	});
	const existing = new Set(kept.map(keyOf));
	const fresh = generated.filter((g) => !existing.has(g.key));
	for (const g of fresh) {
		db.insert(recommendations)
			.values({
				id: newId(),
				roundId,
				areaCode: g.areaCode,
				questionCode: g.questionCode,
				groupCode: g.groupCode,
				level: g.level,
				questionCodes: JSON.stringify(g.questionCodes),
				dimensions: JSON.stringify(g.dimensions),
				priority: g.priority,
				priorityScore: g.priorityScore,
				updatedAt: new Date()
			})
			.run();
	}
	return fresh.length;
}

const PRIORITY_RANK = { high: 0, medium: 1, low: 2 } as const;

export function listRecommendations(db: Pick<Db, 'select'>, roundId: string): RecommendationRow[] {
	return db
		.select()
		.from(recommendations)
		.where(eq(recommendations.roundId, roundId))
		.orderBy(desc(recommendations.priorityScore), asc(recommendations.id))
		.all()
		.sort((a, b) => PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority]);
}

/** Editing is the expert's during review; after publishing each edit is an audited correction. */
function editableRound(db: Db, questionnaires: Questionnaires, user: SessionUser, roundId: string) {
	const ctx = roundFor(db, questionnaires, user, roundId, 'review');
	const { status } = ctx.round;
	if (!stageAllows(status, 'edit_recommendations') && !stageAllows(status, 'correct_results'))
		throw new ServiceError(409, 'error.round_not_in_review');
	return ctx;
}

function bumpRevision(db: Pick<Db, 'update'>, round: AssessmentRound): void {
	if (isPublished(round.status)) {
		db.update(assessmentRounds)
			.set({ revision: round.revision + 1 })
			.where(eq(assessmentRounds.id, round.id))
			.run();
	}
}

export interface RecommendationEdit {
	/** Only the languages whose field the expert submitted; a field equal to the template stores nothing. */
	texts?: Partial<Record<Language, string>>;
	priority?: 'high' | 'medium' | 'low';
	status?: 'proposed' | 'accepted' | 'rejected';
	rejectReason?: string | null;
}

export function updateRecommendation(
	db: Db,
	questionnaires: Questionnaires,
	user: SessionUser,
	roundId: string,
	id: string,
	edit: RecommendationEdit
): void {
	const { round, questionnaire } = editableRound(db, questionnaires, user, roundId);
	db.transaction((tx) => {
		const before = tx
			.select()
			.from(recommendations)
			.where(and(eq(recommendations.id, id), eq(recommendations.roundId, roundId)))
			.get();
		if (!before) throw new ServiceError(404, 'error.not_found');
		const reason = edit.rejectReason !== undefined ? edit.rejectReason : before.rejectReason;
		if ((edit.status ?? before.status) === 'rejected' && !reason?.trim()) {
			throw new ServiceError(400, 'error.reject_reason_required', undefined, 'rejectReason');
		}
		const template = rowTemplate(questionnaire, before);
		const texts = edit.texts ? mergeEditedTexts(readTexts(before), edit.texts, template) : readTexts(before);
		// A recommendation the expert wrote has no template to fall back on: it keeps at least one text.
		if (!template && Object.keys(texts).length === 0)
			throw new ServiceError(400, 'error.required', undefined, 'texts');
		const next = {
			texts: JSON.stringify(texts),
			priority: edit.priority ?? before.priority,
			status: edit.status ?? before.status,
			rejectReason:
				(edit.status ?? before.status) === 'rejected' ? (edit.rejectReason ?? before.rejectReason) : null
		};
		tx.update(recommendations)
			.set({ ...next, updatedAt: new Date() })
			.where(eq(recommendations.id, id))
			.run();
		bumpRevision(tx, round);
		writeAudit(tx, {
			actorUserId: user.id,
			municipalityId: round.municipalityId,
			action: isPublished(round.status) ? 'correct' : 'edit',
			entity: 'recommendation',
			entityId: id,
			oldValue: {
				texts: before.texts,
				priority: before.priority,
				status: before.status,
				rejectReason: before.rejectReason
			},
			newValue: next
		});
	});
}

export function addRecommendation(
	db: Db,
	questionnaires: Questionnaires,
	user: SessionUser,
	roundId: string,
	input: { areaCode: string; text: string; priority: 'high' | 'medium' | 'low' },
	/** The language the expert wrote the text in (their interface language). */
	language: Language
): string {
	const { round, questionnaire } = editableRound(db, questionnaires, user, roundId);
	if (!questionnaire.areas.some((a) => a.code === input.areaCode && !a.composite))
		throw new ServiceError(400, 'error.area_unknown');
	const id = newId();
	db.transaction((tx) => {
		tx.insert(recommendations)
			.values({
				id,
				roundId,
				areaCode: input.areaCode,
				texts: JSON.stringify({ [language]: input.text }),
				priority: input.priority,
				priorityScore: 0,
				status: isPublished(round.status) ? 'accepted' : 'proposed',
				createdBy: user.id,
				updatedAt: new Date()
			})
			.run();
		bumpRevision(tx, round);
		writeAudit(tx, {
			actorUserId: user.id,
			municipalityId: round.municipalityId,
			action: 'add',
			entity: 'recommendation',
			entityId: id,
			newValue: { ...input, language }
		});
	});
	return id;
}

export function saveNarrative(
	db: Db,
	questionnaires: Questionnaires,
	user: SessionUser,
	roundId: string,
	input: { areaCode: string; strengths: string; weaknesses: string }
): void {
	const { round, questionnaire } = editableRound(db, questionnaires, user, roundId);
	if (!questionnaire.areas.some((a) => a.code === input.areaCode))
		throw new ServiceError(400, 'error.area_unknown');
	db.transaction((tx) => {
		const before = tx
			.select()
			.from(areaNarratives)
			.where(and(eq(areaNarratives.roundId, roundId), eq(areaNarratives.areaCode, input.areaCode)))
			.get();
		const row = { roundId, ...input, updatedBy: user.id, updatedAt: new Date() };
		tx.insert(areaNarratives)
			.values(row)
			.onConflictDoUpdate({ target: [areaNarratives.roundId, areaNarratives.areaCode], set: row })
			.run();
		bumpRevision(tx, round);
		writeAudit(tx, {
			actorUserId: user.id,
			municipalityId: round.municipalityId,
			action: isPublished(round.status) ? 'correct' : 'edit',
			entity: 'narrative',
			entityId: `${roundId}:${input.areaCode}`,
			oldValue: before ? { strengths: before.strengths, weaknesses: before.weaknesses } : undefined,
			newValue: { strengths: input.strengths, weaknesses: input.weaknesses }
		});
	});
}

export function listNarratives(db: Pick<Db, 'select'>, roundId: string) {
	return db.select().from(areaNarratives).where(eq(areaNarratives.roundId, roundId)).all();
}

/** The expert's strengths and weaknesses per area, as the recommendations page and the report show them. */
export function narrativesByArea(
	db: Pick<Db, 'select'>,
	roundId: string
): Record<string, { strengths: string; weaknesses: string }> {
	return Object.fromEntries(
		listNarratives(db, roundId).map((n) => [n.areaCode, { strengths: n.strengths, weaknesses: n.weaknesses }])
	);
}

/** Drafts recommendations for answers changed since the last draft, keeping every existing one. */
export function regenerateRecommendations(
	db: Db,
	questionnaires: Questionnaires,
	user: SessionUser,
	roundId: string
): number {
	const { round, questionnaire } = roundFor(db, questionnaires, user, roundId, 'review');
	if (!stageAllows(round.status, 'edit_recommendations'))
		throw new ServiceError(409, 'error.round_not_in_review');
	return db.transaction((tx) => ensureRecommendations(tx, questionnaire, roundId));
}
