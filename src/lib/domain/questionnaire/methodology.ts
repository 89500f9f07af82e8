import { maxPoints } from '../scoring/max-points';
import {
	DIMENSIONS,
	isScored,
	type Dimension,
	type Framework,
	type LocalizedText,
	type Questionnaire
} from './schema';

export interface MethodologyArea {
	code: string;
	name: LocalizedText;
	kind: 'core' | 'optional';
	parent: string | null;
	composite: boolean;
	weight: number;
	scoredQuestions: number;
	maxPoints: number;
	/** Percent of the overall index this area carries; null when it does not enter it. */
	shareOfOverall: number | null;
}

export interface MethodologyModel {
	id: string;
	version: string;
	title: LocalizedText;
	source: LocalizedText;
	licence: LocalizedText;
	includeOptionalInOverall: boolean;
	lowScoreThreshold: number;
	areas: MethodologyArea[];
	dimensions: Array<{ code: Dimension; questions: number; maxPoints: number }>;
	bands: Framework['peer_bands'];
	comparison: Framework['comparison'];
	yesPartlyNoPoints: Array<{ yes: number; partly: number; no: number; questions: number }>;
}

/** Everything the methodology page states, read from the framework file so the page cannot drift from it. */
export function methodologyModel(q: Questionnaire): MethodologyModel {
	const { include_optional_in_overall, low_score_threshold } = q.framework.scoring;
	const entersOverall = (a: { parent?: string; kind: string }) =>
		!a.parent && (a.kind === 'core' || include_optional_in_overall);
	const totalWeight = q.areas.filter(entersOverall).reduce((s, a) => s + a.weight, 0);
	const share = (weight: number) => (totalWeight > 0 ? Math.round((weight / totalWeight) * 1000) / 10 : null);
	const scoredOf = (code: string) =>
		q.areas.filter((a) => a.code === code || a.parent === code).flatMap((a) => a.questions.filter(isScored));

	const areas = q.areas.map((a): MethodologyArea => {
		const parent = a.parent ? q.areas.find((p) => p.code === a.parent) : undefined;
		const siblings = parent ? q.areas.filter((s) => s.parent === parent.code).length : 1;
		const scored = scoredOf(a.code);
		return {
			code: a.code,
			name: a.name,
			kind: a.kind,
			parent: a.parent ?? null,
			composite: a.composite,
			weight: a.weight,
			scoredQuestions: scored.length,
			maxPoints: scored.reduce((s, x) => s + maxPoints(x), 0),
			shareOfOverall: parent
				? entersOverall(parent)
					? share(parent.weight / siblings)
					: null
				: entersOverall(a)
					? share(a.weight)
					: null
		};
	});

	const scored = q.areas.flatMap((a) => a.questions.filter(isScored));
	const ypn = new Map<string, { yes: number; partly: number; no: number; questions: number }>();
	for (const x of scored) {
		if (x.type !== 'yes_partly_no') continue;
		const key = `${x.points.yes}/${x.points.partly}/${x.points.no}`;
		const entry = ypn.get(key) ?? { ...x.points, questions: 0 };
		entry.questions++;
		ypn.set(key, entry);
	}

	return {
		id: q.framework.id,
		version: q.framework.version,
		title: q.framework.title,
		source: q.framework.source,
		licence: q.framework.licence,
		includeOptionalInOverall: include_optional_in_overall,
		lowScoreThreshold: low_score_threshold,
		areas,
		dimensions: DIMENSIONS.map((d) => {
			const tagged = scored.filter((x) => x.dimensions.includes(d));
			return { code: d, questions: tagged.length, maxPoints: tagged.reduce((s, x) => s + maxPoints(x), 0) };
		}),
		bands: q.framework.peer_bands,
		comparison: q.framework.comparison,
		yesPartlyNoPoints: [...ypn.values()].sort((a, b) => b.questions - a.questions)
	};
}
