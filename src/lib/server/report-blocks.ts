import type { StrategyBlock } from '../domain/strategy/document';
import type { LocalizedText } from '../domain/questionnaire/schema';
import { FORMAT_LOCALES, type Locale } from '../i18n/locales';
import { translator } from '../i18n/translate';
import type { roundReport } from './services/report';

export type Report = ReturnType<typeof roundReport>;

/**
 * The index report as export blocks in the reader's language: the same content and order as the report
 * page (key recommendations first, then the overview, each area with its comparison table, the expert's
 * assessment and its recommendations, and the methodology).
 */
export function reportBlocks(report: Report, locale: Locale): StrategyBlock[] {
	const t = translator(locale);
	const loc = (text: LocalizedText) => text[locale];
	const num = (n: number | null | undefined) =>
		n === null || n === undefined
			? '–'
			: n.toLocaleString(FORMAT_LOCALES[locale], { minimumFractionDigits: 1, maximumFractionDigits: 1 });
	const areaName = (code: string) => {
		const a = report.areas.find((x) => x.code === code);
		if (!a) return code;
		const parent = a.parent ? report.areas.find((x) => x.code === a.parent) : undefined;
		return parent ? `${loc(a.name)} (${loc(parent.name)})` : loc(a.name);
	};
	// Text only in another language than the reader's is marked, as on the page.
	const recText = (r: Report['recommendations'][number]) =>
		r.fallback ? `${r.text} (${t(`recs.only_in.${r.language}`)})` : r.text;
	const blocks: StrategyBlock[] = [];
	const r = report.round;
	const m = report.municipality;
	blocks.push({ kind: 'heading', level: 1, text: `${t('report.title')}: ${m.name} ${r.year}` });
	blocks.push({ kind: 'paragraph', text: loc(report.title) });
	if (m.isDemo) blocks.push({ kind: 'paragraph', text: `${t('common.demo')}: ${t('round.demo_note')}` });
	if (r.publishedAt)
		blocks.push({
			kind: 'paragraph',
			text: t('report.published_on', { date: r.publishedAt.toLocaleDateString(FORMAT_LOCALES[locale]) })
		});

	const keys = report.recommendations.filter((x) => x.isKey);
	if (keys.length > 0) {
		blocks.push({ kind: 'heading', level: 1, text: t('review.report.key') });
		blocks.push({
			kind: 'list',
			items: keys.map((k) => ({ lead: `${areaName(k.areaCode)}:`, text: recText(k) }))
		});
	}

	blocks.push({ kind: 'heading', level: 1, text: t('report.overview') });
	blocks.push({
		kind: 'list',
		items: [
			{ lead: `${t('round.overall')}:`, text: `${num(report.scores.overall)} / 100` },
			{ lead: `${t('report.completeness')}:`, text: `${num(report.scores.completeness.percent)} %` },
			{ lead: `${t('municipality.population')}:`, text: r.population.toLocaleString(FORMAT_LOCALES[locale]) }
		]
	});

	const band = report.peers.bandLabel ? loc(report.peers.bandLabel) : '';
	for (const area of report.areas.filter((a) => !a.composite)) {
		const name = areaName(area.code);
		blocks.push({
			kind: 'heading',
			level: 2,
			text: `${name} · ${num(report.scores.areas[area.code]?.score)} / 100`
		});
		const p = report.peers.areas[area.code];
		const peers = (n: number | undefined) => (n ? String(n) : t('review.report.no_peers'));
		blocks.push({
			kind: 'table',
			header: [t('review.report.series'), t('review.report.score'), t('review.report.peers')],
			rows: [
				[m.name, num(p?.own), ''],
				[t('review.report.series_sample'), num(p?.sample.mean), peers(p?.sample.n)],
				[t('review.report.series_band', { band }), num(p?.band.mean), peers(p?.band.n)]
			],
			widths: [50, 25, 25]
		});
		const narrative = report.narratives[area.code];
		if (narrative?.strengths)
			blocks.push({ kind: 'paragraph', text: `${t('rec.strengths')}: ${narrative.strengths}` });
		if (narrative?.weaknesses)
			blocks.push({ kind: 'paragraph', text: `${t('rec.weaknesses')}: ${narrative.weaknesses}` });
		const recs = report.recommendations.filter((x) => x.areaCode === area.code);
		if (recs.length > 0)
			blocks.push({
				kind: 'list',
				items: recs.map((x) => ({ lead: `[${t(`rec.priority.${x.priority}`)}]`, text: recText(x) }))
			});
	}

	blocks.push({ kind: 'heading', level: 1, text: t('report.methodology') });
	blocks.push({
		kind: 'paragraph',
		text: `${t('method.area_formula')}. ${t('method.overall_formula')}. ${t(
			report.methodology.includeOptionalInOverall ? 'method.optional_included' : 'method.optional_excluded'
		)}`
	});
	blocks.push({ kind: 'paragraph', text: loc(report.methodology.licence) });
	return blocks;
}
