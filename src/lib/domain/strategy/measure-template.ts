import type { LocalizedText } from '../questionnaire/schema';
import type { Questionnaire } from '../questionnaire/schema';

/** What a recommendation is known by when it becomes a measure. */
export interface MeasureSource {
	questionCode: string | null;
	/** The template group of a merged recommendation. */
	groupCode?: string | null;
}

/**
 * The recommendation's measure template from the library (questionnaires/recommendations/*.yaml): the
 * group's for a merged recommendation, else its question's. Null for the expert's own recommendation or
 * a template that is gone; drafting then falls back to the area's measure in strategy.yaml.
 */
export function recommendationMeasure(
	q: Questionnaire,
	r: MeasureSource
): { title: LocalizedText; description?: LocalizedText; sector?: string } | null {
	const library = q.library;
	if (!library) return null;
	if (r.groupCode) return library.groups[r.groupCode]?.measure ?? null;
	if (r.questionCode) return library.templates[r.questionCode]?.measure ?? null;
	return null;
}

/**
 * The area whose sector owns a recommendation's measure: a merged recommendation is filed under the area
 * of its highest-priority question, but belongs to the area whose file defines its group.
 */
export function ownerArea(q: Questionnaire, r: MeasureSource & { areaCode: string }): string {
	return (r.groupCode && q.library?.groups[r.groupCode]?.area) || r.areaCode;
}
