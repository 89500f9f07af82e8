import type { Language } from '../questionnaire/vocabulary';
import type { StrategyOutline, TranslatedText } from './types';

/** Called with each text of an outline and where it is ("measure.m-education.title"); returns its new text. */
type TextMap = (path: string, text: string) => string;

/**
 * The outline with every text a reader sees passed through f, and nothing else changed: codes, numbers,
 * dates and ids stay. One walk defines the translatable texts, so listing, translating and localising
 * always agree on the paths.
 */
export function mapTexts(o: StrategyOutline, f: TextMap): StrategyOutline {
	const s = o.situation;
	return {
		...o,
		title: f('title', o.title),
		vision: {
			text: f('vision', o.vision.text),
			principles: o.vision.principles.map((p) => ({ ...p, text: f(`principle.${p.dimension}`, p.text) }))
		},
		situation: {
			...s,
			text: f('situation', s.text),
			facts: s.facts.map((x, i) => {
				const k = `fact.${x.code || i}`;
				return {
					...x,
					label: f(`${k}.label`, x.label),
					unit: f(`${k}.unit`, x.unit),
					value: x.number === null ? f(`${k}.value`, x.value) : x.value
				};
			}),
			topics: s.topics.map((x) => ({ ...x, text: f(`topic.${x.id}`, x.text) })),
			strongest: s.strongest.map((x, i) => ({ ...x, area: f(`strongest.${i}`, x.area) })),
			gaps: s.gaps.map((x, i) => ({ ...x, area: f(`gap.${i}`, x.area) }))
		},
		objectives: o.objectives.map((x) => ({ ...x, text: f(`objective.${x.id}`, x.text) })),
		measures: o.measures.map((m) => {
			const k = `measure.${m.id}`;
			return {
				...m,
				title: f(`${k}.title`, m.title),
				description: f(`${k}.description`, m.description),
				owner: f(`${k}.owner`, m.owner),
				partners: f(`${k}.partners`, m.partners),
				resources: f(`${k}.resources`, m.resources),
				budgetLine: f(`${k}.budgetLine`, m.budgetLine)
			};
		}),
		indicators: o.indicators.map((x) => {
			const k = `indicator.${x.id}`;
			return {
				...x,
				name: f(`${k}.name`, x.name),
				source: f(`${k}.source`, x.source),
				frequency: f(`${k}.frequency`, x.frequency),
				owner: f(`${k}.owner`, x.owner),
				unit: f(`${k}.unit`, x.unit)
			};
		}),
		governance: { text: f('governance', o.governance.text) },
		links: {
			text: f('links', o.links.text),
			items: o.links.items.map((x, i) => f(`links.${i}`, x))
		},
		followUp: { text: f('followUp', o.followUp.text) }
	};
}

/** Every non-empty text of the outline by path, in document order. */
export function textsOf(o: StrategyOutline): Map<string, string> {
	const texts = new Map<string, string>();
	mapTexts(o, (path, text) => {
		if (text.trim()) texts.set(path, text);
		return text;
	});
	return texts;
}

/**
 * The outline as a reader of another language sees it: each text with an up-to-date translation in that
 * language, translated; the rest in the strategy's own language (translationStatus lists them). A
 * translation of an original that has been edited since is not used: it would say something else.
 */
export function localizeOutline(o: StrategyOutline, language: Language): StrategyOutline {
	if (language === o.language) return o;
	const translated = o.translations[language] ?? {};
	return {
		...mapTexts(o, (path, text) => {
			const t = translated[path];
			return text.trim() && t?.text.trim() && t.source === text ? t.text : text;
		}),
		language
	};
}

export type TranslationState = 'missing' | 'outdated' | 'done';

export interface TranslationRow {
	path: string;
	original: string;
	translation: string;
	state: TranslationState;
}

/** Each text of the outline with its translation into a language and whether that is missing or outdated. */
export function translationStatus(o: StrategyOutline, language: Language): TranslationRow[] {
	const translated = o.translations[language] ?? {};
	return [...textsOf(o)].map(([path, original]) => {
		const t = translated[path];
		const state: TranslationState = !t?.text.trim() ? 'missing' : t.source !== original ? 'outdated' : 'done';
		return { path, original, translation: t?.text ?? '', state };
	});
}

/**
 * The outline with these translations set; each records the current original as its source, so a later
 * edit of the original shows the translation as outdated. An empty text removes the translation.
 */
export function setTranslations(
	o: StrategyOutline,
	language: Language,
	entries: Record<string, string>
): StrategyOutline {
	if (language === o.language) return o;
	const originals = textsOf(o);
	const next: Record<string, TranslatedText> = { ...(o.translations[language] ?? {}) };
	for (const [path, text] of Object.entries(entries)) {
		const original = originals.get(path);
		if (original === undefined) continue;
		if (text.trim()) next[path] = { text, source: original };
		else delete next[path];
	}
	return { ...o, translations: { ...o.translations, [language]: next } };
}

/**
 * A drafted outline with the same draft in other languages as its translations: the drafts share every
 * id, so their texts line up path by path.
 */
export function withTranslations(primary: StrategyOutline, others: StrategyOutline[]): StrategyOutline {
	let out = primary;
	for (const other of others) {
		if (other.language === primary.language) continue;
		out = setTranslations(out, other.language, Object.fromEntries(textsOf(other)));
	}
	return out;
}

/** Translations of texts that no longer exist (a removed measure) are dropped, so versions stay small. */
export function pruneTranslations(o: StrategyOutline): StrategyOutline {
	const paths = textsOf(o);
	const translations: StrategyOutline['translations'] = {};
	for (const [language, entries] of Object.entries(o.translations) as Array<
		[Language, Record<string, TranslatedText>]
	>) {
		translations[language] = Object.fromEntries(Object.entries(entries).filter(([path]) => paths.has(path)));
	}
	return { ...o, translations };
}
