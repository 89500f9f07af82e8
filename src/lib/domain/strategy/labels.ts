import type { Dimension, Language } from '../questionnaire/schema';
import { STRATEGY_SECTIONS, type StrategySection } from './types';

/** The fixed texts of an exported strategy document (DOCX and Markdown), in the outline's language. */
export interface StrategyExportLabels {
	/** Language tag written into the document, e.g. "fi-FI". */
	locale: string;
	coverTitle: string;
	draft: string;
	preparedWith: string;
	/** With {n} and {total}. */
	page: string;
	sections: Record<StrategySection, string>;
	dimensions: Record<Dimension, string>;
	dimension: string;
	principles: string;
	facts: string;
	strongest: string;
	gaps: string;
	/** With {area} and {score}. */
	strongestItem: string;
	/** With {area}, {gap} and {mean}. */
	gapItem: string;
	/** With {change}. */
	change: string;
	measure: {
		title: string;
		owner: string;
		partners: string;
		resources: string;
		start: string;
		end: string;
		basedOn: string;
	};
	indicator: { name: string; source: string; baseline: string; target: string; when: string };
	addedByMunicipality: string;
	noMeasures: string;
	noIndicators: string;
	/** Shown in an empty cell. */
	empty: string;
}

const en: StrategyExportLabels = {
	locale: 'en-GB',
	coverTitle: 'Local integration strategy – draft',
	draft: 'Draft',
	preparedWith: 'Prepared with the Good Relations Index',
	page: 'Page {n} of {total}',
	sections: {
		vision: 'Vision and principles',
		situation: 'Situation picture',
		objectives: 'Objectives',
		measures: 'Measures',
		indicators: 'Monitoring indicators',
		governance: 'Governance and participation',
		links: 'Links to other plans',
		followUp: 'Follow-up'
	},
	dimensions: {
		attitudes: 'Attitudes',
		safety: 'Safety',
		interaction: 'Interaction',
		participation: 'Participation'
	},
	dimension: 'Dimension',
	principles: 'Principles',
	facts: 'Key figures',
	strongest: 'Strongest areas',
	gaps: 'Largest gaps to the peer mean',
	strongestItem: '{area}: {score} / 100',
	gapItem: '{area}: {gap} points compared with the peer mean ({mean})',
	change: 'Change in the overall index since the previous round: {change} points.',
	measure: {
		title: 'Measure',
		owner: 'Responsible',
		partners: 'Partners',
		resources: 'Resources',
		start: 'Start',
		end: 'End',
		basedOn: 'Based on'
	},
	indicator: {
		name: 'Indicator',
		source: 'Measured by',
		baseline: 'Baseline',
		target: 'Target',
		when: 'Re-measured'
	},
	addedByMunicipality: 'Added by the municipality',
	noMeasures: 'No measures yet.',
	noIndicators: 'No indicators yet.',
	empty: '–'
};

const fi: StrategyExportLabels = {
	locale: 'fi-FI',
	coverTitle: 'Paikallinen kotoutumisstrategia – luonnos',
	draft: 'Luonnos',
	preparedWith: 'Laadittu Hyvien väestösuhteiden indeksin avulla',
	page: 'Sivu {n} / {total}',
	sections: {
		vision: 'Visio ja periaatteet',
		situation: 'Tilannekuva',
		objectives: 'Tavoitteet',
		measures: 'Toimenpiteet',
		indicators: 'Seurantamittarit',
		governance: 'Johtaminen ja osallisuus',
		links: 'Yhteydet muihin suunnitelmiin',
		followUp: 'Seuranta ja päivittäminen'
	},
	dimensions: {
		attitudes: 'Asenteet',
		safety: 'Turvallisuus',
		interaction: 'Vuorovaikutus',
		participation: 'Osallisuus'
	},
	dimension: 'Ulottuvuus',
	principles: 'Periaatteet',
	facts: 'Tunnuslukuja',
	strongest: 'Vahvimmat alueet',
	gaps: 'Suurimmat erot vertailukuntien keskiarvoon',
	strongestItem: '{area}: {score} / 100',
	gapItem: '{area}: {gap} pistettä vertailukuntien keskiarvoon ({mean}) verrattuna',
	change: 'Kokonaisindeksin muutos edellisestä arviointikierroksesta: {change} pistettä.',
	measure: {
		title: 'Toimenpide',
		owner: 'Vastuutaho',
		partners: 'Kumppanit',
		resources: 'Resurssit',
		start: 'Alkaa',
		end: 'Päättyy',
		basedOn: 'Perusta'
	},
	indicator: {
		name: 'Mittari',
		source: 'Mittaustapa',
		baseline: 'Lähtötaso',
		target: 'Tavoitetaso',
		when: 'Uusintamittaus'
	},
	addedByMunicipality: 'Kunnan lisäämä',
	noMeasures: 'Ei vielä toimenpiteitä.',
	noIndicators: 'Ei vielä mittareita.',
	empty: '–'
};

const sv: StrategyExportLabels = {
	locale: 'sv-FI',
	coverTitle: 'Lokal integrationsstrategi – utkast',
	draft: 'Utkast',
	preparedWith: 'Utarbetad med hjälp av Index för goda relationer',
	page: 'Sida {n} av {total}',
	sections: {
		vision: 'Vision och principer',
		situation: 'Lägesbild',
		objectives: 'Mål',
		measures: 'Åtgärder',
		indicators: 'Uppföljningsindikatorer',
		governance: 'Styrning och delaktighet',
		links: 'Kopplingar till andra planer',
		followUp: 'Uppföljning'
	},
	dimensions: {
		attitudes: 'Attityder',
		safety: 'Trygghet',
		interaction: 'Interaktion',
		participation: 'Delaktighet'
	},
	dimension: 'Dimension',
	principles: 'Principer',
	facts: 'Nyckeltal',
	strongest: 'Starkaste områden',
	gaps: 'Största skillnader mot jämförelsekommunernas medelvärde',
	strongestItem: '{area}: {score} / 100',
	gapItem: '{area}: {gap} poäng jämfört med jämförelsekommunernas medelvärde ({mean})',
	change: 'Totalindexets förändring sedan föregående bedömningsomgång: {change} poäng.',
	measure: {
		title: 'Åtgärd',
		owner: 'Ansvarig',
		partners: 'Partner',
		resources: 'Resurser',
		start: 'Börjar',
		end: 'Slutar',
		basedOn: 'Utgångspunkt'
	},
	indicator: {
		name: 'Indikator',
		source: 'Mäts med',
		baseline: 'Utgångsnivå',
		target: 'Målnivå',
		when: 'Ny mätning'
	},
	addedByMunicipality: 'Tillagd av kommunen',
	noMeasures: 'Inga åtgärder ännu.',
	noIndicators: 'Inga indikatorer ännu.',
	empty: '–'
};

const catalogue: Record<Language, StrategyExportLabels> = { en, fi, sv };

export function strategyLabels(language: Language): StrategyExportLabels {
	return catalogue[language];
}

/** "4 Measures": the section's number in the outline and its heading. */
export function sectionHeading(labels: StrategyExportLabels, section: StrategySection): string {
	return `${STRATEGY_SECTIONS.indexOf(section) + 1} ${labels.sections[section]}`;
}

/** Fills {placeholders} of a label. */
export function fillLabel(template: string, params: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
		const value = params[name];
		return value === undefined ? whole : String(value);
	});
}

/** A score or a number of points as the outline's language writes it, at most one decimal. */
export function formatNumber(language: Language, value: number, signed = false): string {
	return value.toLocaleString(language, {
		maximumFractionDigits: 1,
		signDisplay: signed ? 'exceptZero' : 'auto'
	});
}

/** What a measure is based on: its area and questions, or that the municipality added it. */
export function measureBasis(
	labels: StrategyExportLabels,
	measure: { recommendationId: string | null; areaCode: string | null; questionCodes: string[] }
): string {
	const questions = measure.questionCodes.join(', ');
	const source = measure.areaCode
		? questions
			? `${measure.areaCode} (${questions})`
			: measure.areaCode
		: questions;
	if (measure.recommendationId === null)
		return source ? `${labels.addedByMunicipality}; ${source}` : labels.addedByMunicipality;
	return source || labels.empty;
}
